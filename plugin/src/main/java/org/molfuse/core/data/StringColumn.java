package org.molfuse.core.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A column of text cells; a null cell is missing. */
public final class StringColumn extends ObjectColumn<String, StringColumn> {

    private StringColumn(String name, String[] values, Map<Integer, String> missingReasons) {
        super(name, values, missingReasons);
    }

    /** A column of the given values; null values are missing cells. */
    public static StringColumn of(String name, String... values) {
        return new StringColumn(name, values.clone(), Map.of());
    }

    public static StringColumn of(String name, List<String> values) {
        return new StringColumn(name, values.toArray(new String[0]), Map.of());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    @Override
    StringColumn withCells(String name, String[] cells, Map<Integer, String> missingReasons) {
        return new StringColumn(name, cells, missingReasons);
    }

    @Override
    public ColumnType type() {
        return ColumnType.STRING;
    }

    /** The text of a present cell; throws {@link IllegalStateException} naming the row when it is missing. */
    public String getString(int row) {
        return getPresent(row);
    }

    @Override
    public String format(int row) {
        String value = get(row);
        return value == null ? "" : value;
    }

    /** All cells in order, null for missing ones. */
    public List<String> toList() {
        return Collections.unmodifiableList(Arrays.asList(cellsCopy()));
    }

    /** Appends cells one by one. */
    public static final class Builder extends ObjectColumn.Builder<String, StringColumn, Builder> {

        private Builder(String name) {
            super(name);
        }

        @Override
        public StringColumn build() {
            return new StringColumn(name, cells(String[]::new), reasons);
        }
    }
}
