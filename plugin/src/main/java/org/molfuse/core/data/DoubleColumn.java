package org.molfuse.core.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * A column of doubles. A missing cell is distinct from NaN: NaN is a value (for example a failed computation that
 * still produced a number), missing means there is no value.
 */
public final class DoubleColumn extends MaskedColumn {

    private final double[] values;

    private DoubleColumn(String name, double[] values, BitSet missing, Map<Integer, String> missingReasons) {
        super(name, missing, missingReasons);
        this.values = values;
    }

    /** A column without missing cells. */
    public static DoubleColumn of(String name, double... values) {
        return new DoubleColumn(name, values.clone(), new BitSet(), Map.of());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Converts text to numbers, failing on the first cell that is not a number.
     *
     * <p>Missing source cells and the tokens {@code "", NA, N/A, nan, null, None} (any case, surrounding spaces
     * ignored) become missing cells; the source's missing reasons carry over. The number syntax is described in
     * {@code NumberText}: plain decimals and infinities.
     *
     * @throws IllegalArgumentException naming the row (from 1), the column and the offending text
     */
    public static DoubleColumn parse(StringColumn source) {
        return parse(source, false);
    }

    /**
     * Like {@link #parse(StringColumn)}, but a cell that is not a number becomes a missing cell whose reason quotes
     * the text, so that one bad row never stops a batch.
     */
    public static DoubleColumn parseLenient(StringColumn source) {
        return parse(source, true);
    }

    private static DoubleColumn parse(StringColumn source, boolean lenient) {
        Builder builder = builder(source.name());
        return parseCells(source, builder, text -> builder.add(NumberText.parseDouble(text)), "a number", lenient);
    }

    @Override
    public ColumnType type() {
        return ColumnType.DOUBLE;
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The value of a present cell (possibly NaN); throws {@link IllegalStateException} naming the row if missing. */
    public double getDouble(int row) {
        requirePresent(row);
        return values[row];
    }

    @Override
    public Double get(int row) {
        return isMissing(row) ? null : values[row];
    }

    /** {@link NumberText#format(double)}: the shortest text that reads back to the same double. */
    @Override
    public String format(int row) {
        return isMissing(row) ? "" : NumberText.format(values[row]);
    }

    /** A copy of all values with missing cells replaced by {@code missingValue} (NaN is the usual choice). */
    public double[] toArray(double missingValue) {
        double[] copy = values.clone();
        BitSet missing = missingMask();
        for (int row = missing.nextSetBit(0); row >= 0; row = missing.nextSetBit(row + 1)) {
            copy[row] = missingValue;
        }
        return copy;
    }

    @Override
    public DoubleColumn select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        double[] selected = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new DoubleColumn(name(), selected, selectMissing(rows), reasons);
    }

    @Override
    public DoubleColumn renamed(String newName) {
        return new DoubleColumn(newName, values, missingMask(), missingReasons());
    }

    /** Appends cells one by one. */
    public static final class Builder extends MaskedColumn.Builder<DoubleColumn, Builder> {
        private double[] values = new double[16];

        private Builder(String name) {
            super(name);
        }

        public Builder add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
            return this;
        }

        @Override
        Builder addPlaceholder() {
            return add(Double.NaN);
        }

        @Override
        public DoubleColumn build() {
            return new DoubleColumn(name, Arrays.copyOf(values, size), builtMask(), reasons);
        }
    }
}
