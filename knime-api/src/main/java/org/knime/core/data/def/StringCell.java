package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/** Compile-only copy of KNIME's {@code StringCell}; see SIGNATURES.md. */
@SuppressWarnings("serial")
public final class StringCell extends DataCell implements StringValue {

    public static final DataType TYPE = null;

    public StringCell(final String str) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public String getStringValue() {
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
