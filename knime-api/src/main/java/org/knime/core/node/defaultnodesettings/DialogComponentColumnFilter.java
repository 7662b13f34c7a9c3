package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.util.ColumnFilter;

/** Compile-only copy of KNIME's {@code DialogComponentColumnFilter}; see SIGNATURES.md. */
public class DialogComponentColumnFilter extends DialogComponent {

    public DialogComponentColumnFilter(final SettingsModelFilterString model, final int inPortIndex, final boolean showKeepAllBox, final ColumnFilter filter, final boolean inclUnknown) {
        super(null);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
