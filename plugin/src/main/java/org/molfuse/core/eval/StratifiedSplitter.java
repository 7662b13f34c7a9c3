package org.molfuse.core.eval;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded split that keeps the class proportions of a label column in train, validation and test.
 *
 * <p>Every distinct label value is a stratum; rows with a missing label (NaN) form one stratum of their own, so they
 * are spread over the subsets like any class and never dropped. Rows of each stratum are shuffled and interleaved
 * evenly, and the sequence is cut at the same sizes as {@link RandomSplitter}: subset sizes match a random split
 * exactly and each stratum's share of a subset is within about one row of its fraction.
 */
public final class StratifiedSplitter {

    private final SplitFractions fractions;

    public StratifiedSplitter(SplitFractions fractions) {
        this.fractions = Objects.requireNonNull(fractions, "fractions");
    }

    public Split split(double[] labels, long seed) {
        Objects.requireNonNull(labels, "labels");
        int[] order = RowOrders.stratified(labels, new SplittableRandom(seed));
        return RowOrders.cut(order, fractions.trainSize(labels.length), fractions.validSize(labels.length));
    }
}
