package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.molfuse.core.eval.SplitAssertions.assertPartition;
import static org.molfuse.core.eval.SplitAssertions.count;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StratifiedSplitterTest {

    private final StratifiedSplitter defaults = new StratifiedSplitter(SplitFractions.defaults());

    @Test
    void keepsClassCountsExactlyWhenTheyDivideEvenly() {
        // 30 positives, 70 negatives (interleaved in row order so row order gives no hint), 0.8 / 0.1 / 0.1.
        // The k-th positive sits at (k + 1/2) / 30 and the j-th negative at (j + 1/2) / 70 of the sequence.
        // Train = the 80 rows before 0.8: positives k < 23.5 (24), negatives j < 55.5 (56).
        // Valid = rows before 0.9: positives k < 26.5 (3 more), negatives j < 62.5 (7 more). Test: 3 and 7.
        double[] labels = new double[100];
        for (int row = 0; row < 100; row++) {
            labels[row] = row % 10 < 3 ? 1.0 : 0.0;
        }
        for (long seed = 0; seed < 5; seed++) {
            Split split = defaults.split(labels, seed);
            assertPartition(split, 100);
            assertEquals(24, count(split.train(), labels, 1.0));
            assertEquals(56, count(split.train(), labels, 0.0));
            assertEquals(3, count(split.valid(), labels, 1.0));
            assertEquals(7, count(split.valid(), labels, 0.0));
            assertEquals(3, count(split.test(), labels, 1.0));
            assertEquals(7, count(split.test(), labels, 0.0));
        }
    }

    @Test
    void missingLabelsFormTheirOwnStratum() {
        // 20 missing, 40 positives, 40 negatives: train positions < 0.8 hold 16 / 32 / 32,
        // valid positions < 0.9 add 2 / 4 / 4, test keeps 2 / 4 / 4.
        double[] labels = new double[100];
        for (int row = 0; row < 100; row++) {
            labels[row] = row % 5 == 0 ? Double.NaN : row % 5 <= 2 ? 1.0 : 0.0;
        }
        Split split = defaults.split(labels, 9L);
        assertPartition(split, 100);
        assertEquals(16, count(split.train(), labels, Double.NaN));
        assertEquals(2, count(split.valid(), labels, Double.NaN));
        assertEquals(2, count(split.test(), labels, Double.NaN));
        assertEquals(32, count(split.train(), labels, 1.0));
        assertEquals(4, count(split.valid(), labels, 0.0));
    }

    @Test
    void classRatiosHoldOnUnevenClasses() {
        SplittableRandom random = new SplittableRandom(3);
        int rowCount = 997;
        double[] labels = new double[rowCount];
        for (int row = 0; row < rowCount; row++) {
            double u = random.nextDouble();
            labels[row] = u < 0.07 ? 2.0 : u < 0.37 ? 1.0 : 0.0;
        }
        SplitFractions fractions = new SplitFractions(0.6, 0.25, 0.15);
        Split split = new StratifiedSplitter(fractions).split(labels, 21L);
        assertPartition(split, rowCount);
        assertEquals(fractions.trainSize(rowCount), split.train().length, "same sizes as a random split");
        assertEquals(fractions.validSize(rowCount), split.valid().length);
        for (double label : new double[] {0.0, 1.0, 2.0}) {
            double classRows = Arrays.stream(labels).filter(value -> value == label).count();
            // within about one row of the class's share (a random split misses by several rows here)
            assertEquals(0.6 * classRows, count(split.train(), labels, label), 1.5, "train, class " + label);
            assertEquals(0.25 * classRows, count(split.valid(), labels, label), 1.5, "valid, class " + label);
            assertEquals(0.15 * classRows, count(split.test(), labels, label), 1.5, "test, class " + label);
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        double[] labels = new double[150];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = row % 3;
        }
        assertEquals(defaults.split(labels, 1L), defaults.split(labels, 1L));
        assertNotEquals(defaults.split(labels, 1L), defaults.split(labels, 2L));
        assertEquals(0, defaults.split(new double[0], 1L).rowCount());
    }
}
