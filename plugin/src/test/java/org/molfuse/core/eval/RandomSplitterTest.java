package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.molfuse.core.eval.SplitAssertions.assertPartition;

import org.junit.jupiter.api.Test;

class RandomSplitterTest {

    @Test
    void coversEveryRowOnceWithChempropSizes() {
        RandomSplitter splitter = new RandomSplitter(SplitFractions.defaults());
        // 25 rows at 0.8 / 0.1 / 0.1: floor(20.0) = 20, floor(2.5) = 2, test 3
        Split split = splitter.split(25, 7L);
        assertPartition(split, 25);
        assertEquals(20, split.train().length);
        assertEquals(2, split.valid().length);
        assertEquals(3, split.test().length);
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        RandomSplitter splitter = new RandomSplitter(new SplitFractions(0.6, 0.2, 0.2));
        assertEquals(splitter.split(200, 42L), splitter.split(200, 42L));
        assertNotEquals(splitter.split(200, 42L), splitter.split(200, 43L));
    }

    @Test
    void zeroFractionsGiveEmptySubsetsAndEmptyTablesEmptySplits() {
        Split allTrain = new RandomSplitter(new SplitFractions(1.0, 0.0, 0.0)).split(9, 1L);
        assertEquals(9, allTrain.train().length);
        assertPartition(allTrain, 9);
        Split empty = new RandomSplitter(SplitFractions.defaults()).split(0, 1L);
        assertEquals(0, empty.rowCount());
    }

    @Test
    void fractionsHoldWithinRoundingOnManySizes() {
        SplitFractions fractions = new SplitFractions(0.7, 0.15, 0.15);
        RandomSplitter splitter = new RandomSplitter(fractions);
        for (int n = 1; n <= 300; n += 7) {
            Split split = splitter.split(n, n);
            assertPartition(split, n);
            assertEquals(0.7 * n, split.train().length, 1.0);
            assertEquals(0.15 * n, split.valid().length, 1.0);
            assertEquals(0.15 * n, split.test().length, 2.0);
        }
    }
}
