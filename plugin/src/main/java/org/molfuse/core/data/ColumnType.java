package org.molfuse.core.data;

/** The cell type of a {@link Column}. */
public enum ColumnType {
    STRING,
    DOUBLE,
    INT,
    DOUBLE_VECTOR,
    GRAPH,
    BYTES
}
