package org.knime.core.data;

/** Compile-only copy of KNIME's {@code DataColumnSpecCreator}; see SIGNATURES.md. */
public final class DataColumnSpecCreator {

    public DataColumnSpecCreator(final String name, final DataType type) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
