package org.knime.core.data;

/** Compile-only copy of KNIME's {@code DataType}; see SIGNATURES.md. */
public final class DataType {

    private DataType() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
