package org.molfuse.core.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * A column of doubles. A missing cell is distinct from NaN: NaN is a value (for example a failed computation that
 * still produced a number), missing means there is no value.
 */
public final class DoubleColumn extends Column {

    private final double[] values;
    private final BitSet missing;

    private DoubleColumn(String name, double[] values, BitSet missing, Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.values = values;
        this.missing = missing;
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
        for (int row = 0; row < source.size(); row++) {
            String text = source.get(row);
            if (text == null) {
                builder.addMissing(source.missingReason(row).orElse(null));
            } else if (NumberText.isMissingToken(text)) {
                builder.addMissing();
            } else {
                try {
                    builder.add(NumberText.parseDouble(text));
                } catch (NumberFormatException e) {
                    if (!lenient) {
                        throw new IllegalArgumentException(
                                "Cannot read " + source.describe(row) + " as a number: " + e.getMessage(), e);
                    }
                    builder.addMissing(e.getMessage());
                }
            }
        }
        return builder.build();
    }

    @Override
    public ColumnType type() {
        return ColumnType.DOUBLE;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        checkRow(row);
        return missing.get(row);
    }

    /** The value of a present cell (possibly NaN); throws {@link IllegalStateException} naming the row if missing. */
    public double getDouble(int row) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
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
        for (int row = missing.nextSetBit(0); row >= 0; row = missing.nextSetBit(row + 1)) {
            copy[row] = missingValue;
        }
        return copy;
    }

    @Override
    public DoubleColumn select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        double[] selected = new double[rows.length];
        BitSet selectedMissing = new BitSet(rows.length);
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
            selectedMissing.set(i, missing.get(rows[i]));
        }
        return new DoubleColumn(name(), selected, selectedMissing, reasons);
    }

    @Override
    public DoubleColumn renamed(String newName) {
        return new DoubleColumn(newName, values, missing, missingReasons());
    }

    /** Appends cells one by one. */
    public static final class Builder extends Column.Builder<DoubleColumn> {
        private double[] values = new double[16];
        private final BitSet missing = new BitSet();

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

        public Builder addMissing() {
            return addMissing(null);
        }

        public Builder addMissing(String reason) {
            noteMissing(reason);
            missing.set(size);
            return add(Double.NaN);
        }

        @Override
        public DoubleColumn build() {
            return new DoubleColumn(name, Arrays.copyOf(values, size), (BitSet) missing.clone(), reasons);
        }
    }
}
