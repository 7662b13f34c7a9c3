package org.knime.core.node.defaultnodesettings;

import java.util.Collection;

/** Compile-only copy of KNIME's {@code DialogComponentStringSelection}; see SIGNATURES.md. */
public final class DialogComponentStringSelection extends DialogComponent {

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label, final Collection<String> list) {
        super(null);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
