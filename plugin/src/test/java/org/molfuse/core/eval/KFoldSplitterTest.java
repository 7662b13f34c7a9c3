package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.molfuse.core.eval.SplitAssertions.assertPartition;
import static org.molfuse.core.eval.SplitAssertions.count;

import java.util.List;
import org.junit.jupiter.api.Test;

class KFoldSplitterTest {

    @Test
    void everyRowIsTestExactlyOnce() {
        List<Split> folds = new KFoldSplitter(5, 0.0).split(23, 8L);
        assertEquals(5, folds.size());
        int[] timesTest = new int[23];
        for (int fold = 0; fold < 5; fold++) {
            Split split = folds.get(fold);
            assertPartition(split, 23);
            assertEquals(0, split.valid().length);
            // 23 = 5 * 4 + 3: the first three folds hold 5 rows, the last two 4
            assertEquals(fold < 3 ? 5 : 4, split.test().length);
            for (int row : split.test()) {
                timesTest[row]++;
            }
        }
        for (int row = 0; row < 23; row++) {
            assertEquals(1, timesTest[row], "row " + row);
        }
    }

    @Test
    void validationIsCarvedFromTheFoldThatFollows() {
        // 20 rows, k = 5: folds of 4; the 16 non-test rows start with fold i + 1, and 0.25 * 16 = 4 of them are
        // validation, so fold i's validation is exactly fold i + 1's test (wrapping), and no row is validation twice.
        List<Split> folds = new KFoldSplitter(5, 0.25).split(20, 3L);
        for (int fold = 0; fold < 5; fold++) {
            Split split = folds.get(fold);
            assertPartition(split, 20);
            assertEquals(12, split.train().length);
            assertArrayEquals(folds.get((fold + 1) % 5).test(), split.valid());
        }
    }

    @Test
    void stratifiedFoldsKeepClassCounts() {
        // 25 positives, 75 negatives, k = 5: fold i covers positions [i/5, (i+1)/5) of the interleaved order,
        // positives (k + 1/2) / 25 there are k = 5i..5i+4 (5), negatives 15.
        double[] labels = new double[100];
        for (int row = 0; row < 100; row++) {
            labels[row] = row < 25 ? 1.0 : 0.0;
        }
        for (Split split : new KFoldSplitter(5, 0.0).splitStratified(labels, 4L)) {
            assertPartition(split, 100);
            assertEquals(5, count(split.test(), labels, 1.0));
            assertEquals(15, count(split.test(), labels, 0.0));
        }
    }

    @Test
    void sameSeedSameFoldsOtherSeedOtherFolds() {
        KFoldSplitter splitter = new KFoldSplitter(4, 0.1);
        assertEquals(splitter.split(100, 5L), splitter.split(100, 5L));
        assertNotEquals(splitter.split(100, 5L), splitter.split(100, 6L));
    }

    @Test
    void rejectsBadSettingsWithTheirNames() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KFoldSplitter(1, 0.0))
                .getMessage().contains("'k'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KFoldSplitter(3, 1.0))
                .getMessage().contains("validation fraction"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new KFoldSplitter(5, 0.0).split(4, 0L))
                .getMessage().contains("at least 5 rows"));
    }
}
