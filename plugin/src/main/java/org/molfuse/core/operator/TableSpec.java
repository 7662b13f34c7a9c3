package org.molfuse.core.operator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;

/** The columns of a table, in order, as configure sees them. */
public record TableSpec(List<ColumnSpec> columns) implements PortSpec {

    public TableSpec {
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (ColumnSpec column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("column name '" + column.name() + "' occurs twice");
            }
        }
    }

    public static TableSpec of(Table table) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(new ColumnSpec(column.name(), column.type()));
        }
        return new TableSpec(columns);
    }

    public Optional<ColumnSpec> find(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    /**
     * This spec plus the given columns at the end, each renamed as {@link Table#uniqueName(String)} would rename it,
     * so that specs predicted at configure match the tables produced at execution.
     */
    public TableSpec append(List<ColumnSpec> added) {
        List<ColumnSpec> all = new ArrayList<>(columns);
        Set<String> taken = new HashSet<>(names());
        for (ColumnSpec column : added) {
            String name = column.name();
            for (int suffix = 1; taken.contains(name); suffix++) {
                name = column.name() + " (#" + suffix + ")";
            }
            taken.add(name);
            all.add(new ColumnSpec(name, column.type()));
        }
        return new TableSpec(all);
    }

    /** Convenience for {@link #append(List)} with one column. */
    public TableSpec append(String name, ColumnType type) {
        return append(List.of(new ColumnSpec(name, type)));
    }
}
