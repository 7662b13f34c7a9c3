package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Compile-only copy of KNIME's {@code DataContainer}; see SIGNATURES.md. */
public class DataContainer {

    public DataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void close() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
