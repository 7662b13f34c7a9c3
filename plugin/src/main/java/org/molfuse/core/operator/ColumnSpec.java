package org.molfuse.core.operator;

import java.util.Objects;
import org.molfuse.core.data.ColumnType;

/** Name and cell type of one column, known before execution. */
public record ColumnSpec(String name, ColumnType type) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
