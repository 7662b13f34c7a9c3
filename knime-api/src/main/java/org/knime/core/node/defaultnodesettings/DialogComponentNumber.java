package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code DialogComponentNumber}; see SIGNATURES.md. */
public class DialogComponentNumber extends DialogComponent {

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        super(null);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
