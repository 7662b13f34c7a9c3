package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.util.ColumnFilter;

/** Compile-only copy of KNIME's {@code DialogComponentColumnNameSelection}; see SIGNATURES.md. */
public class DialogComponentColumnNameSelection extends DialogComponent {

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex, final boolean isRequired, final boolean addNoneCol, final ColumnFilter columnFilter) {
        super(null);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
