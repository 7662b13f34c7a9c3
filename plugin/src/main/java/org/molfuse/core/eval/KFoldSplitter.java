package org.molfuse.core.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded k-fold cross-validation: fold i is the test subset of the i-th Split, so every row is test exactly once.
 *
 * <p>Rows are put in one seeded order (a shuffle, or for {@link #splitStratified} the class-balanced order of
 * {@link StratifiedSplitter}) and cut into k consecutive folds; the first {@code n % k} folds hold one extra row.
 * With a validation fraction f > 0, the validation subset of fold i is the first {@code floor(f * rest)} rows that
 * follow fold i in that order (wrapping around), where {@code rest} is the number of non-test rows; the remaining rows
 * are train. While f * (k - 1) &lt;= 1 those rows come from fold i + 1 alone, so no row is validation in two Splits.
 * With f = 0 the validation subsets are empty.
 */
public final class KFoldSplitter {

    private final int folds;
    private final double validFraction;

    public KFoldSplitter(int folds, double validFraction) {
        if (folds < 2) {
            throw new IllegalArgumentException("number of folds 'k' must be at least 2, got " + folds);
        }
        if (!(validFraction >= 0.0 && validFraction < 1.0)) {
            throw new IllegalArgumentException(
                    "k-fold validation fraction must be at least 0 and below 1, got " + validFraction);
        }
        this.folds = folds;
        this.validFraction = validFraction;
    }

    public int folds() {
        return folds;
    }

    public double validFraction() {
        return validFraction;
    }

    /** Folds over a seeded shuffle of {@code rowCount} rows. */
    public List<Split> split(int rowCount, long seed) {
        requireEnoughRows(rowCount);
        return cutFolds(RowOrders.shuffled(rowCount, new SplittableRandom(seed)));
    }

    /** Folds that keep the proportions of each label value (NaN labels are one more stratum). */
    public List<Split> splitStratified(double[] labels, long seed) {
        Objects.requireNonNull(labels, "labels");
        requireEnoughRows(labels.length);
        return cutFolds(RowOrders.stratified(labels, new SplittableRandom(seed)));
    }

    private void requireEnoughRows(int rowCount) {
        if (rowCount < folds) {
            throw new IllegalArgumentException("k-fold with k = " + folds + " needs at least " + folds
                    + " rows, got " + rowCount);
        }
    }

    private List<Split> cutFolds(int[] order) {
        int rowCount = order.length;
        List<Split> splits = new ArrayList<>(folds);
        int start = 0;
        for (int fold = 0; fold < folds; fold++) {
            int size = rowCount / folds + (fold < rowCount % folds ? 1 : 0);
            int end = start + size;
            int[] rest = new int[rowCount - size];
            System.arraycopy(order, end, rest, 0, rowCount - end);
            System.arraycopy(order, 0, rest, rowCount - end, start);
            int validSize = (int) (validFraction * rest.length);
            splits.add(new Split(
                    Arrays.copyOfRange(rest, validSize, rest.length),
                    Arrays.copyOfRange(rest, 0, validSize),
                    Arrays.copyOfRange(order, start, end)));
            start = end;
        }
        return splits;
    }
}
