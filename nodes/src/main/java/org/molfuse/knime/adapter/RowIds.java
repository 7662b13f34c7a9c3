package org.molfuse.knime.adapter;

import java.util.HashSet;
import java.util.Set;

/**
 * Row IDs for one output table: a row keeps the ID of the input row it came from, a repeated ID (the same input row
 * twice, or rows from two inputs with the same ID) gets KNIME's "_dup" suffix, and rows without an origin are named
 * "Row0", "Row1", ... like KNIME's own.
 */
public final class RowIds {

    private final Set<String> used = new HashSet<>();

    /** The ID of output row {@code index}, from its origin (may be null). */
    public String next(int index, RowOrigin origin) {
        String base = origin == null ? "Row" + index : origin.rowId();
        String id = base;
        for (int copy = 1; !used.add(id); copy++) {
            id = base + "_dup" + (copy == 1 ? "" : copy);
        }
        return id;
    }
}
