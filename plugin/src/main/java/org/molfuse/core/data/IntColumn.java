package org.molfuse.core.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/** A column of 32-bit integers (class labels, counts, indices) with a missing mask. */
public final class IntColumn extends MaskedColumn {

    private final int[] values;

    private IntColumn(String name, int[] values, BitSet missing, Map<Integer, String> missingReasons) {
        super(name, missing, missingReasons);
        this.values = values;
    }

    /** A column without missing cells. */
    public static IntColumn of(String name, int... values) {
        return new IntColumn(name, values.clone(), new BitSet(), Map.of());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Converts text to integers, failing on the first cell that is not one. Missing cells and missing tokens are
     * handled as in {@link DoubleColumn#parse(StringColumn)}; a decimal with a whole value such as {@code 1.0} is
     * accepted (pandas writes integer columns with gaps that way), {@code 1.5} is not.
     *
     * @throws IllegalArgumentException naming the row (from 1), the column and the offending text
     */
    public static IntColumn parse(StringColumn source) {
        return parse(source, false);
    }

    /** Like {@link #parse(StringColumn)}, but a bad cell becomes a missing cell whose reason quotes the text. */
    public static IntColumn parseLenient(StringColumn source) {
        return parse(source, true);
    }

    private static IntColumn parse(StringColumn source, boolean lenient) {
        Builder builder = builder(source.name());
        return parseCells(source, builder, text -> builder.add(NumberText.parseInt(text)), "an integer", lenient);
    }

    @Override
    public ColumnType type() {
        return ColumnType.INT;
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The value of a present cell; throws {@link IllegalStateException} naming the row when it is missing. */
    public int getInt(int row) {
        requirePresent(row);
        return values[row];
    }

    @Override
    public Integer get(int row) {
        return isMissing(row) ? null : values[row];
    }

    @Override
    public String format(int row) {
        return isMissing(row) ? "" : Integer.toString(values[row]);
    }

    @Override
    public IntColumn select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        int[] selected = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new IntColumn(name(), selected, selectMissing(rows), reasons);
    }

    @Override
    public IntColumn renamed(String newName) {
        return new IntColumn(newName, values, missingMask(), missingReasons());
    }

    /** Appends cells one by one. */
    public static final class Builder extends MaskedColumn.Builder<IntColumn, Builder> {
        private int[] values = new int[16];

        private Builder(String name) {
            super(name);
        }

        public Builder add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            return this;
        }

        @Override
        Builder addPlaceholder() {
            return add(0);
        }

        @Override
        public IntColumn build() {
            return new IntColumn(name, Arrays.copyOf(values, size), builtMask(), reasons);
        }
    }
}
