package org.knime.core.data;

/** Compile-only copy of KNIME's {@code DataRow}; see SIGNATURES.md. */
public interface DataRow extends Iterable<DataCell> {

    RowKey getKey();

    DataCell getCell(final int index);
}
