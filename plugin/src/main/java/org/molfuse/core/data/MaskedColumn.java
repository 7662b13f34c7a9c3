package org.molfuse.core.data;

import java.util.BitSet;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Missing-cell bookkeeping shared by the columns of primitive numbers, whose value arrays cannot hold null: a bit per
 * row marks the missing cells, and the value stored under a set bit is a placeholder.
 *
 * <p>The value arrays themselves stay in the subclasses: a generic over {@code double[]} and {@code int[]} would box
 * or need reflection, which costs more than the few lines it saves.
 */
abstract sealed class MaskedColumn extends Column permits DoubleColumn, IntColumn {

    private final BitSet missing;

    MaskedColumn(String name, BitSet missing, Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.missing = missing;
    }

    @Override
    public final boolean isMissing(int row) {
        checkRow(row);
        return missing.get(row);
    }

    /** The mask, shared and never modified, for a renamed column over the same values. */
    final BitSet missingMask() {
        return missing;
    }

    /** The mask of {@link #select(int[])}; call it after {@link #selectReasons(int[])}, which checks the rows. */
    final BitSet selectMissing(int[] rows) {
        BitSet selected = new BitSet(rows.length);
        for (int i = 0; i < rows.length; i++) {
            selected.set(i, missing.get(rows[i]));
        }
        return selected;
    }

    /**
     * The loop behind the numeric {@code parse} and {@code parseLenient} methods: missing cells and missing tokens
     * (see {@link NumberText#isMissingToken}) become missing cells, everything else goes to {@code addParsed}, which
     * throws {@link NumberFormatException} with a short reason for text that is not {@code what}.
     */
    static <C extends MaskedColumn> C parseCells(StringColumn source, Builder<C, ?> builder, Consumer<String> addParsed,
            String what, boolean lenient) {
        for (int row = 0; row < source.size(); row++) {
            String text = source.get(row);
            if (text == null) {
                builder.addMissing(source.missingReason(row).orElse(null));
            } else if (NumberText.isMissingToken(text)) {
                builder.addMissing();
            } else {
                try {
                    addParsed.accept(text);
                } catch (NumberFormatException e) {
                    if (!lenient) {
                        throw new IllegalArgumentException(
                                "Cannot read " + source.describe(row) + " as " + what + ": " + e.getMessage(), e);
                    }
                    builder.addMissing(e.getMessage());
                }
            }
        }
        return builder.build();
    }

    /**
     * Keeps the missing mask while the subclass appends the values.
     *
     * @param <B> the concrete builder, returned by the chaining methods
     */
    abstract static class Builder<C extends MaskedColumn, B extends Builder<C, B>> extends Column.Builder<C> {
        private final BitSet missing = new BitSet();

        Builder(String name) {
            super(name);
        }

        /** Appends the value stored under a missing cell; it is never handed out. */
        abstract B addPlaceholder();

        public final B addMissing() {
            return addMissing(null);
        }

        public final B addMissing(String reason) {
            noteMissing(reason);
            missing.set(size);
            return addPlaceholder();
        }

        /** A copy, so that the builder can go on without changing built columns. */
        final BitSet builtMask() {
            return (BitSet) missing.clone();
        }
    }
}
