package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void sortsSubsetsAndNamesEachRow() {
        Split split = new Split(new int[] {3, 0}, new int[] {4}, new int[] {2, 1});
        assertArrayEquals(new int[] {0, 3}, split.train());
        assertArrayEquals(new int[] {1, 2}, split.test());
        assertArrayEquals(new String[] {"train", "test", "test", "train", "valid"}, split.assignment());
        assertEquals(5, split.rowCount());
    }

    @Test
    void rejectsDuplicatedRows() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Split(new int[] {0, 1}, new int[] {1}, new int[] {}));
        assertTrue(error.getMessage().contains("row 1"), error.getMessage());
    }

    @Test
    void rejectsRowsOutsideTheTable() {
        // three rows in total, so index 3 would leave one of 0..2 uncovered
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Split(new int[] {0, 3}, new int[] {}, new int[] {1}));
        assertTrue(error.getMessage().contains("row 3"), error.getMessage());
    }

    @Test
    void isImmutableAndComparesByContent() {
        int[] train = {0, 1};
        Split split = new Split(train, new int[] {2}, new int[] {});
        train[0] = 2;
        split.train()[1] = 7;
        assertArrayEquals(new int[] {0, 1}, split.train());
        assertEquals(split, new Split(new int[] {1, 0}, new int[] {2}, new int[] {}));
    }

    @Test
    void fractionsMustLieInUnitIntervalAndSumToOne() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new SplitFractions(0.9, -0.1, 0.2));
        assertTrue(negative.getMessage().contains("'valid'"), negative.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> new SplitFractions(Double.NaN, 0.5, 0.5));
        assertTrue(nan.getMessage().contains("'train'"), nan.getMessage());
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class,
                () -> new SplitFractions(0.8, 0.1, 0.2));
        assertTrue(sum.getMessage().contains("sum to 1"), sum.getMessage());
        // 0.7 + 0.2 + 0.1 is 0.9999999999999999 in doubles: within the 1e-9 tolerance
        new SplitFractions(0.7, 0.2, 0.1);
    }

    @Test
    void sizesFloorTrainAndTrainPlusValidAndGiveTheRestToTest() {
        SplitFractions fractions = new SplitFractions(0.5, 0.25, 0.25);
        // 7 rows: floor(3.5) = 3, floor(5.25) - 3 = 2, test 7 - 5 = 2
        assertEquals(3, fractions.trainSize(7));
        assertEquals(2, fractions.validSize(7));
        assertEquals(2, fractions.testSize(7));
        // chemprop's random split of ESOL's 1,128 rows: int(0.8 * 1128) = 902, int(0.9 * 1128) = 1015
        SplitFractions chemprop = SplitFractions.defaults();
        assertEquals(902, chemprop.trainSize(1128));
        assertEquals(113, chemprop.validSize(1128));
        assertEquals(113, chemprop.testSize(1128));
    }
}
