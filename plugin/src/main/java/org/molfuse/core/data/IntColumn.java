package org.molfuse.core.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/** A column of 32-bit integers (class labels, counts, indices) with a missing mask. */
public final class IntColumn extends Column {

    private final int[] values;
    private final BitSet missing;

    private IntColumn(String name, int[] values, BitSet missing, Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.values = values;
        this.missing = missing;
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
        for (int row = 0; row < source.size(); row++) {
            String text = source.get(row);
            if (text == null) {
                builder.addMissing(source.missingReason(row).orElse(null));
            } else if (NumberText.isMissingToken(text)) {
                builder.addMissing();
            } else {
                try {
                    builder.add(NumberText.parseInt(text));
                } catch (NumberFormatException e) {
                    if (!lenient) {
                        throw new IllegalArgumentException(
                                "Cannot read " + source.describe(row) + " as an integer: " + e.getMessage(), e);
                    }
                    builder.addMissing(e.getMessage());
                }
            }
        }
        return builder.build();
    }

    @Override
    public ColumnType type() {
        return ColumnType.INT;
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

    /** The value of a present cell; throws {@link IllegalStateException} naming the row when it is missing. */
    public int getInt(int row) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
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
        BitSet selectedMissing = new BitSet(rows.length);
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
            selectedMissing.set(i, missing.get(rows[i]));
        }
        return new IntColumn(name(), selected, selectedMissing, reasons);
    }

    @Override
    public IntColumn renamed(String newName) {
        return new IntColumn(newName, values, missing, missingReasons());
    }

    /** Appends cells one by one. */
    public static final class Builder extends Column.Builder<IntColumn> {
        private int[] values = new int[16];
        private final BitSet missing = new BitSet();

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

        public Builder addMissing() {
            return addMissing(null);
        }

        public Builder addMissing(String reason) {
            noteMissing(reason);
            missing.set(size);
            return add(0);
        }

        @Override
        public IntColumn build() {
            return new IntColumn(name, Arrays.copyOf(values, size), (BitSet) missing.clone(), reasons);
        }
    }
}
