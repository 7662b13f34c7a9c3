package org.knime.core.data.def;

import java.util.Iterator;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Compile-only copy of KNIME's {@code DefaultRow}; see SIGNATURES.md. */
public class DefaultRow implements DataRow {

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public final RowKey getKey() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public final DataCell getCell(final int index) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
