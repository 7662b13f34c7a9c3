package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code DialogComponentString}; see SIGNATURES.md. */
public final class DialogComponentString extends DialogComponent {

    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        super(null);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
