package org.molfuse.core.eval;

import java.util.Objects;
import java.util.SplittableRandom;

/** Seeded random train / validation / test split; sizes as {@link SplitFractions} computes them. */
public final class RandomSplitter {

    private final SplitFractions fractions;

    public RandomSplitter(SplitFractions fractions) {
        this.fractions = Objects.requireNonNull(fractions, "fractions");
    }

    public Split split(int rowCount, long seed) {
        if (rowCount < 0) {
            throw new IllegalArgumentException("row count must not be negative, got " + rowCount);
        }
        int[] order = RowOrders.shuffled(rowCount, new SplittableRandom(seed));
        return RowOrders.cut(order, fractions.trainSize(rowCount), fractions.validSize(rowCount));
    }
}
