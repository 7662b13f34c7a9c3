package org.molfuse.core.data;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A column of opaque byte arrays (serialized models, images); a null cell is missing. Cells are copied in and out. */
public final class BytesColumn extends Column {

    private final byte[][] values;

    private BytesColumn(String name, byte[][] values, Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.values = values;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Decodes standard base64 text, as written by {@link #format(int)}; empty and missing cells stay missing.
     *
     * @throws IllegalArgumentException naming the row (from 1) and the column of a cell that is not base64
     */
    public static BytesColumn parseBase64(StringColumn source) {
        Builder builder = builder(source.name());
        Base64.Decoder decoder = Base64.getDecoder();
        for (int row = 0; row < source.size(); row++) {
            String text = source.get(row);
            if (text == null || text.isEmpty()) {
                builder.addMissing(source.missingReason(row).orElse(null));
                continue;
            }
            try {
                builder.add(decoder.decode(text.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Cannot read " + source.describe(row) + " as base64: " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    @Override
    public ColumnType type() {
        return ColumnType.BYTES;
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

    /** A copy of present bytes; throws {@link IllegalStateException} naming the row when the cell is missing. */
    public byte[] getBytes(int row) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
        return values[row].clone();
    }

    @Override
    public byte[] get(int row) {
        return isMissing(row) ? null : values[row].clone();
    }

    /** Standard base64 (RFC 4648, with padding). */
    @Override
    public String format(int row) {
        return isMissing(row) ? "" : Base64.getEncoder().encodeToString(values[row]);
    }

    @Override
    public BytesColumn select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        byte[][] selected = new byte[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new BytesColumn(name(), selected, reasons);
    }

    @Override
    public BytesColumn renamed(String newName) {
        return new BytesColumn(newName, values, missingReasons());
    }

    /** Appends cells one by one. */
    public static final class Builder extends Column.Builder<BytesColumn> {
        private final List<byte[]> values = new ArrayList<>();

        private Builder(String name) {
            super(name);
        }

        /** Appends a copy of {@code bytes}; null appends a missing cell. */
        public Builder add(byte[] bytes) {
            values.add(bytes == null ? null : bytes.clone());
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
        public BytesColumn build() {
            return new BytesColumn(name, values.toArray(new byte[0][]), reasons);
        }
    }
}
