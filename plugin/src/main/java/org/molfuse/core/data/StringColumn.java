package org.molfuse.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A column of text cells; a null cell is missing. */
public final class StringColumn extends Column {

    private final String[] values;

    private StringColumn(String name, String[] values, Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.values = values;
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
    public ColumnType type() {
        return ColumnType.STRING;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        checkRow(row);
        return values[row] == null;
    }

    /** The text of a present cell; throws {@link IllegalStateException} naming the row when it is missing. */
    public String getString(int row) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
        return values[row];
    }

    @Override
    public String get(int row) {
        checkRow(row);
        return values[row];
    }

    @Override
    public String format(int row) {
        checkRow(row);
        return values[row] == null ? "" : values[row];
    }

    @Override
    public StringColumn select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        String[] selected = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new StringColumn(name(), selected, reasons);
    }

    @Override
    public StringColumn renamed(String newName) {
        return new StringColumn(newName, values, missingReasons());
    }

    /** All cells in order, null for missing ones. */
    public List<String> toList() {
        return Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    /** Appends cells one by one. */
    public static final class Builder extends Column.Builder<StringColumn> {
        private final List<String> values = new ArrayList<>();

        private Builder(String name) {
            super(name);
        }

        /** Appends a cell; null appends a missing cell. */
        public Builder add(String value) {
            values.add(value);
            size++;
            return this;
        }

        public Builder addMissing() {
            return addMissing(null);
        }

        public Builder addMissing(String reason) {
            noteMissing(reason);
            return add(null);
        }

        @Override
        public StringColumn build() {
            return new StringColumn(name, values.toArray(new String[0]), reasons);
        }
    }
}
