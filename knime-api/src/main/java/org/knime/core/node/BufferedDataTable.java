package org.knime.core.node;

import javax.swing.JComponent;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

/** Compile-only copy of KNIME's {@code BufferedDataTable}; see SIGNATURES.md. */
public final class BufferedDataTable implements PortObject {

    public static final PortType TYPE = null;

    private BufferedDataTable() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public DataTableSpec getDataTableSpec() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public String getSummary() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public CloseableRowIterator iterator() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public long size() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
