package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.IntValue;

/** Compile-only copy of KNIME's {@code IntCell}; see SIGNATURES.md. */
@SuppressWarnings("serial")
public final class IntCell extends DataCell implements IntValue {

    public static final DataType TYPE = null;

    public IntCell(final int i) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public int getIntValue() {
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
