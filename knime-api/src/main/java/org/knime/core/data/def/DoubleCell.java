package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** Compile-only copy of KNIME's {@code DoubleCell}; see SIGNATURES.md. */
@SuppressWarnings("serial")
public final class DoubleCell extends DataCell implements DoubleValue {

    public static final DataType TYPE = null;

    public DoubleCell(final double d) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public double getDoubleValue() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
