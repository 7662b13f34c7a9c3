package org.molfuse.core.data;

/** The cell type of a {@link Column}. */
public enum ColumnType {
    STRING,
    DOUBLE,
    INT,
    DOUBLE_VECTOR,
    GRAPH,
    BYTES,
    /** Cells MolFuse does not interpret (a host's own types), carried through row for row. */
    OTHER
}
