package org.knime.core.data;

import java.io.Serializable;

/** Compile-only copy of KNIME's {@code DataCell}; see SIGNATURES.md. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 7415713938002260608L;

    public final DataType getType() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public boolean isMissing() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public abstract String toString();

    @Override
    public final boolean equals(final Object o) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    protected abstract boolean equalsDataCell(final DataCell dc);

    @Override
    public abstract int hashCode();
}
