package org.molfuse.core.eval;

/**
 * Train / validation / test fractions of a split, each in [0, 1] and summing to 1 (within 1e-9).
 *
 * <p>Subset sizes follow chemprop's random split: {@code train = floor(train * n)}, the first two subsets together
 * {@code floor((train + valid) * n)}, and the test subset the remaining rows, so rounding never loses a row. On
 * 1,128 rows at 80/10/10 that is 902 / 113 / 113, where flooring each fraction alone would give 902 / 112 / 114.
 */
public record SplitFractions(double train, double valid, double test) {

    private static final double SUM_TOLERANCE = 1e-9;

    public SplitFractions {
        requireFraction("train", train);
        requireFraction("valid", valid);
        requireFraction("test", test);
        double sum = train + valid + test;
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("split fractions train + valid + test must sum to 1, got "
                    + train + " + " + valid + " + " + test + " = " + sum);
        }
    }

    /** The usual 80 / 10 / 10 split. */
    public static SplitFractions defaults() {
        return new SplitFractions(0.8, 0.1, 0.1);
    }

    public int trainSize(int rowCount) {
        return (int) (train * rowCount);
    }

    public int validSize(int rowCount) {
        return (int) ((train + valid) * rowCount) - trainSize(rowCount);
    }

    public int testSize(int rowCount) {
        return rowCount - trainSize(rowCount) - validSize(rowCount);
    }

    private static void requireFraction(String setting, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(
                    "split fraction '" + setting + "' must be between 0 and 1, got " + value);
        }
    }
}
