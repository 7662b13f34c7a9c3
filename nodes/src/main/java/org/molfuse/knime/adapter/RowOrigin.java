package org.molfuse.knime.adapter;

import java.util.Objects;

/**
 * Where a row of an operator's output came from: input port, row index and the host's row ID. Operators carry these
 * in an extra opaque column like any host cell, so rows keep their IDs through filters and splits and unchanged cells
 * can be handed back as the original host cells.
 */
public record RowOrigin(int port, int row, String rowId) {

    public RowOrigin {
        Objects.requireNonNull(rowId, "rowId");
    }
}
