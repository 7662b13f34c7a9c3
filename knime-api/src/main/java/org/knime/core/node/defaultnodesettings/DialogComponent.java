package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code DialogComponent}; see SIGNATURES.md. */
public abstract class DialogComponent {

    public DialogComponent(final SettingsModel model) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public abstract void setToolTipText(final String text);
}
