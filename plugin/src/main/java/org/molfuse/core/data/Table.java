package org.molfuse.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * An immutable table: ordered, uniquely named columns of equal length.
 *
 * <p>Column names are unique and case-sensitive. Adding a column whose name is taken is an error; callers that want
 * to keep both pick a free name with {@link #uniqueName(String)} (KNIME's {@code "name (#1)"} rule) and
 * {@link Column#renamed(String)}.
 */
public final class Table {

    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final int rowCount;

    private Table(List<Column> columns) {
        Map<String, Column> named = new LinkedHashMap<>();
        int rows = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column column : columns) {
            Objects.requireNonNull(column, "column");
            if (named.putIfAbsent(column.name(), column) != null) {
                throw new IllegalArgumentException("duplicate column name '" + column.name()
                        + "'; rename one of them (for example to '" + ColumnNames.unique(column.name(),
                        named.keySet()) + "')");
            }
            if (column.size() != rows) {
                throw new IllegalArgumentException("column '" + column.name() + "' has " + column.size()
                        + " rows but column '" + columns.get(0).name() + "' has " + rows);
            }
        }
        this.columns = List.copyOf(columns);
        this.byName = named;
        this.rowCount = rows;
    }

    public static Table of(Column... columns) {
        return new Table(Arrays.asList(columns));
    }

    public static Table of(List<? extends Column> columns) {
        return new Table(new ArrayList<>(columns));
    }

    /** A table without columns and rows. */
    public static Table empty() {
        return new Table(List.of());
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<String> columnNames() {
        return List.copyOf(byName.keySet());
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(int index) {
        return columns.get(index);
    }

    public boolean hasColumn(String name) {
        return byName.containsKey(name);
    }

    /** The named column; an unknown name gives an {@link IllegalArgumentException} listing the available ones. */
    public Column column(String name) {
        Column column = byName.get(name);
        if (column == null) {
            throw new IllegalArgumentException("no column '" + name + "'; available columns: " + describeColumns());
        }
        return column;
    }

    public StringColumn stringColumn(String name) {
        return typed(name, StringColumn.class, ColumnType.STRING);
    }

    public DoubleColumn doubleColumn(String name) {
        return typed(name, DoubleColumn.class, ColumnType.DOUBLE);
    }

    public IntColumn intColumn(String name) {
        return typed(name, IntColumn.class, ColumnType.INT);
    }

    public DoubleVectorColumn doubleVectorColumn(String name) {
        return typed(name, DoubleVectorColumn.class, ColumnType.DOUBLE_VECTOR);
    }

    public GraphColumn graphColumn(String name) {
        return typed(name, GraphColumn.class, ColumnType.GRAPH);
    }

    public BytesColumn bytesColumn(String name) {
        return typed(name, BytesColumn.class, ColumnType.BYTES);
    }

    /**
     * The named column as numbers: a DOUBLE column as it is, an INT column converted, a STRING column parsed (an
     * {@link IllegalArgumentException} names the first cell that is not a number). Missing cells stay missing.
     */
    public DoubleColumn numberColumn(String name) {
        Column column = column(name);
        return switch (column.type()) {
            case DOUBLE -> (DoubleColumn) column;
            case STRING -> DoubleColumn.parse((StringColumn) column);
            case INT -> {
                IntColumn ints = (IntColumn) column;
                DoubleColumn.Builder doubles = DoubleColumn.builder(name);
                for (int row = 0; row < ints.size(); row++) {
                    if (ints.isMissing(row)) {
                        doubles.addMissing(ints.missingReason(row).orElse(null));
                    } else {
                        doubles.add(ints.getInt(row));
                    }
                }
                yield doubles.build();
            }
            default -> throw new IllegalArgumentException("column '" + name + "' has type " + column.type()
                    + ", expected numbers (DOUBLE, INT, or text holding numbers)");
        };
    }

    private <C extends Column> C typed(String name, Class<C> type, ColumnType expected) {
        Column column = column(name);
        if (!type.isInstance(column)) {
            String hint = column.type() == ColumnType.STRING && (expected == ColumnType.DOUBLE
                    || expected == ColumnType.INT) ? " (convert it with DoubleColumn.parse or IntColumn.parse)" : "";
            throw new IllegalArgumentException(
                    "column '" + name + "' has type " + column.type() + ", expected " + expected + hint);
        }
        return type.cast(column);
    }

    /** This table plus {@code column} at the end; a taken name or a different row count is an error. */
    public Table withColumn(Column column) {
        return withColumns(List.of(column));
    }

    public Table withColumns(Column... added) {
        return withColumns(Arrays.asList(added));
    }

    public Table withColumns(List<? extends Column> added) {
        List<Column> all = new ArrayList<>(columns);
        all.addAll(added);
        return new Table(all);
    }

    /**
     * The given rows in the given order, for example one split; indices may repeat (bootstrap samples).
     *
     * @throws IndexOutOfBoundsException for an index outside {@code [0, rowCount())}
     */
    public Table select(int[] rows) {
        for (int row : rows) {
            if (row < 0 || row >= rowCount) {
                throw new IndexOutOfBoundsException(
                        "row index " + row + " is outside the table of " + rowCount + " rows");
            }
        }
        List<Column> selected = new ArrayList<>(columns.size());
        for (Column column : columns) {
            selected.add(column.select(rows));
        }
        return new Table(selected);
    }

    /** {@code base} if no column has that name, else the first free {@code "base (#n)"}. */
    public String uniqueName(String base) {
        return ColumnNames.unique(base, byName.keySet());
    }

    @Override
    public String toString() {
        return "Table[" + rowCount + " rows: " + describeColumns() + "]";
    }

    private String describeColumns() {
        if (columns.isEmpty()) {
            return "(none)";
        }
        StringJoiner joiner = new StringJoiner(", ");
        for (Column column : columns) {
            joiner.add("'" + column.name() + "' (" + column.type() + ")");
        }
        return joiner.toString();
    }
}
