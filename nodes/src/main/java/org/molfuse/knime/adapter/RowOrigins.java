package org.molfuse.knime.adapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;

/**
 * The extra column of {@link RowOrigin}s that every input table gets. It is an opaque column, so operators never
 * choose it for a setting and carry it along like any host column; its name is free in the input and is how the
 * adapter recognizes it in an operator's output (and leaves it out of the KNIME table).
 */
public final class RowOrigins {

    /** The column's name unless the input already has a column of that name. */
    static final String BASE_NAME = "KNIME row ID";

    private RowOrigins() {
    }

    /** A name for the origin column that none of {@code taken} has. */
    public static String columnName(Collection<String> taken) {
        String name = BASE_NAME;
        for (int suffix = 1; taken.contains(name); suffix++) {
            name = BASE_NAME + " (#" + suffix + ")";
        }
        return name;
    }

    /** Whether a column of an operator's output is one of the inputs' origin columns. */
    public static boolean isOriginColumn(String name, ColumnType type, Set<String> originNames) {
        return type == ColumnType.OTHER && originNames.contains(name);
    }

    /** The origin of each row of {@code table}, when it carries an origin column; empty for new tables. */
    public static Optional<List<RowOrigin>> of(Table table, Set<String> originNames) {
        for (Column column : table.columns()) {
            if (isOriginColumn(column.name(), column.type(), originNames)) {
                List<RowOrigin> origins = new ArrayList<>(column.size());
                for (int row = 0; row < column.size(); row++) {
                    if (!(column.get(row) instanceof RowOrigin origin)) {
                        return Optional.empty();
                    }
                    origins.add(origin);
                }
                return Optional.of(origins);
            }
        }
        return Optional.empty();
    }
}
