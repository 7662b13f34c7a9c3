package org.molfuse.core.data;

import java.util.Base64;
import java.util.Map;

/** A column of opaque byte arrays (serialized models, images); a null cell is missing. Cells are copied in and out. */
public final class BytesColumn extends ObjectColumn<byte[], BytesColumn> {

    private BytesColumn(String name, byte[][] values, Map<Integer, String> missingReasons) {
        super(name, values, missingReasons);
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
    BytesColumn withCells(String name, byte[][] cells, Map<Integer, String> missingReasons) {
        return new BytesColumn(name, cells, missingReasons);
    }

    @Override
    byte[] handOut(byte[] cell) {
        return cell.clone();
    }

    @Override
    public ColumnType type() {
        return ColumnType.BYTES;
    }

    /** A copy of present bytes; throws {@link IllegalStateException} naming the row when the cell is missing. */
    public byte[] getBytes(int row) {
        return getPresent(row);
    }

    /** Standard base64 (RFC 4648, with padding). */
    @Override
    public String format(int row) {
        return isMissing(row) ? "" : Base64.getEncoder().encodeToString(storedPresent(row));
    }

    /** Appends cells one by one; each added array is copied, null appends a missing cell. */
    public static final class Builder extends ObjectColumn.Builder<byte[], BytesColumn, Builder> {

        private Builder(String name) {
            super(name);
        }

        @Override
        byte[] accept(byte[] bytes) {
            return bytes.clone();
        }

        @Override
        public BytesColumn build() {
            return new BytesColumn(name, cells(byte[][]::new), reasons);
        }
    }
}
