package org.knime.core.data;

import javax.swing.JComponent;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only copy of KNIME's {@code DataTableSpec}; see SIGNATURES.md. */
public final class DataTableSpec implements PortObjectSpec {

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public int getNumColumns() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
