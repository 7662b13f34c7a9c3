package org.molfuse.core.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One named, typed, immutable column of a {@link Table}.
 *
 * <p>Any cell may be missing; a missing cell may carry a free-text reason (like KNIME's {@code MissingCell} error
 * message), which is how, for example, a row with an invalid SMILES explains itself downstream. Rows are indexed from
 * 0 in the API; messages name them from 1 ("row 1" is the first data row).
 */
public abstract sealed class Column
        permits ObjectColumn, MaskedColumn {

    private final String name;
    private final Map<Integer, String> missingReasons;

    Column(String name, Map<Integer, String> missingReasons) {
        this.name = checkName(name);
        this.missingReasons = Map.copyOf(missingReasons);
    }

    public final String name() {
        return name;
    }

    public abstract ColumnType type();

    public abstract int size();

    public abstract boolean isMissing(int row);

    /** The reason given for a missing cell; empty when the cell is present or missing without a reason. */
    public final Optional<String> missingReason(int row) {
        return isMissing(row) ? Optional.ofNullable(missingReasons.get(row)) : Optional.empty();
    }

    public final int missingCount() {
        int count = 0;
        for (int row = 0; row < size(); row++) {
            if (isMissing(row)) {
                count++;
            }
        }
        return count;
    }

    /** The cell as a plain Java value ({@code String}, {@code Double}, {@code Integer}, ...), or null when missing. */
    public abstract Object get(int row);

    /** The cell as CSV text; the empty string when missing. */
    public abstract String format(int row);

    /** A new column holding the given rows in the given order (indices may repeat); missing reasons carry over. */
    public abstract Column select(int[] rows);

    /** The same cells under another name. */
    public abstract Column renamed(String newName);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "['" + name + "', " + size() + " rows, " + missingCount() + " missing]";
    }

    final Map<Integer, String> missingReasons() {
        return missingReasons;
    }

    final void checkRow(int row) {
        if (row < 0 || row >= size()) {
            throw new IndexOutOfBoundsException(
                    "row index " + row + " is outside column '" + name + "' with " + size() + " rows");
        }
    }

    /** "row 3 of column 'x'", with the row counted from 1. */
    final String describe(int row) {
        return "row " + (row + 1) + " of column '" + name + "'";
    }

    /** Typed getters call this instead of returning a placeholder for a missing cell. */
    final void requirePresent(int row) {
        if (isMissing(row)) {
            String reason = missingReasons.get(row);
            throw new IllegalStateException(
                    describe(row) + " is missing" + (reason == null ? "" : " (" + reason + ")"));
        }
    }

    final Map<Integer, String> selectReasons(int[] rows) {
        Map<Integer, String> selected = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            checkRow(rows[i]);
            String reason = missingReasons.get(rows[i]);
            if (reason != null) {
                selected.put(i, reason);
            }
        }
        return selected;
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "column name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a column name must not be empty");
        }
        return name;
    }

    /** Shared bookkeeping of the per-type builders: row count and the reasons of missing cells. */
    public abstract static class Builder<C extends Column> {
        final String name;
        final Map<Integer, String> reasons = new HashMap<>();
        int size;

        Builder(String name) {
            this.name = checkName(name);
        }

        /** Records the reason of the missing cell about to be appended at index {@code size}. */
        final void noteMissing(String reason) {
            if (reason != null && !reason.isBlank()) {
                reasons.put(size, reason);
            }
        }

        public final int size() {
            return size;
        }

        /** Appends a missing cell with its reason, or none when {@code reason} is null. */
        public abstract Builder<C> addMissing(String reason);

        public abstract C build();
    }
}
