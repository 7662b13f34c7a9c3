package org.molfuse.core.eval;

import java.util.Arrays;

/**
 * A partition of rows {@code 0..n-1} into train, validation and test row indexes.
 *
 * <p>Each array is a sorted copy (ascending). The constructor checks that every row of {@code 0..n-1} appears in
 * exactly one subset, where {@code n} is the total count, so a Split can neither lose nor duplicate a row.
 */
public record Split(int[] train, int[] valid, int[] test) {

    public static final String TRAIN = "train";
    public static final String VALID = "valid";
    public static final String TEST = "test";

    public Split {
        train = sortedCopy(train, TRAIN);
        valid = sortedCopy(valid, VALID);
        test = sortedCopy(test, TEST);
        requirePartition(train, valid, test);
    }

    public int rowCount() {
        return train.length + valid.length + test.length;
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] valid() {
        return valid.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    /** Per row, the name of its subset ({@link #TRAIN}, {@link #VALID} or {@link #TEST}), e.g. for a split column. */
    public String[] assignment() {
        String[] names = new String[rowCount()];
        for (int row : train) {
            names[row] = TRAIN;
        }
        for (int row : valid) {
            names[row] = VALID;
        }
        for (int row : test) {
            names[row] = TEST;
        }
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Split that
                && Arrays.equals(train, that.train)
                && Arrays.equals(valid, that.valid)
                && Arrays.equals(test, that.test);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(train) + Arrays.hashCode(valid)) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Split[train=" + train.length + " rows, valid=" + valid.length + " rows, test=" + test.length + " rows]";
    }

    private static int[] sortedCopy(int[] rows, String subset) {
        if (rows == null) {
            throw new IllegalArgumentException("split subset '" + subset + "' is null");
        }
        int[] copy = rows.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static void requirePartition(int[] train, int[] valid, int[] test) {
        int rowCount = train.length + valid.length + test.length;
        String[] owner = new String[rowCount];
        markRows(owner, train, TRAIN);
        markRows(owner, valid, VALID);
        markRows(owner, test, TEST);
    }

    private static void markRows(String[] owner, int[] rows, String subset) {
        for (int row : rows) {
            if (row < 0 || row >= owner.length) {
                throw new IllegalArgumentException("row " + row + " in subset '" + subset + "' is outside 0.."
                        + (owner.length - 1) + " (a split must cover every row exactly once)");
            }
            if (owner[row] != null) {
                throw new IllegalArgumentException(owner[row].equals(subset)
                        ? "row " + row + " appears twice in '" + subset + "'"
                        : "row " + row + " appears in both '" + owner[row] + "' and '" + subset + "'");
            }
            owner[row] = subset;
        }
    }
}
