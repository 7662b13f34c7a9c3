package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code DialogComponentBoolean}; see SIGNATURES.md. */
public final class DialogComponentBoolean extends DialogComponent {

    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(null);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
