package org.knime.core.data;

/** Compile-only copy of KNIME's {@code DataRow}; see SIGNATURES.md. */
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(final int index);
}
