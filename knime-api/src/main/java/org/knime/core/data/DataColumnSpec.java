package org.knime.core.data;

/** Compile-only copy of KNIME's {@code DataColumnSpec}; see SIGNATURES.md. */
public final class DataColumnSpec {

    private DataColumnSpec() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public DataType getType() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
