package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.molfuse.core.eval.SplitAssertions.assertPartition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScaffoldSplitterTest {

    private final ScaffoldSplitter defaults = new ScaffoldSplitter(SplitFractions.defaults());

    @Test
    void bigScaffoldSetsFillTrainBeforeAnySmallSet() {
        // 20 rows at 0.8 / 0.1 / 0.1: train holds 16, valid 2, test 2; a set is big when larger than 2 / 2 = 1 row.
        // Sets: "A" rows 0-7 and "B" rows 8-15 are big, rows 16-19 are singletons (small).
        // Big sets go first: A then B (or B then A) fill train to exactly 16. Every singleton then misses train,
        // the first two fill valid and the last two go to test, whatever the seed.
        // Were a singleton placed first, the second big set (8 rows) would fit neither train nor valid: test.
        String[] scaffolds = new String[20];
        for (int row = 0; row < 20; row++) {
            scaffolds[row] = row < 8 ? "A" : row < 16 ? "B" : "single" + row;
        }
        for (long seed = 0; seed < 25; seed++) {
            Split split = defaults.split(scaffolds, seed);
            assertArrayEquals(IntStream.range(0, 16).toArray(), split.train(), "seed " + seed);
            assertEquals(2, split.valid().length, "seed " + seed);
            assertEquals(2, split.test().length, "seed " + seed);
            assertPartition(split, 20);
        }
    }

    @Test
    void bigSetsComeInSeededRandomOrder() {
        // 30 rows: train holds 24, valid 3, test 3; big means more than 1.5 rows.
        // Big sets A (rows 0-11), B (12-23), C (24-26); singletons 27, 28, 29 are small. Orders of the big sets:
        //   A,B,C or B,A,C: A + B fill train (24), C fits valid (3), singletons go to test.
        //   A,C,B or C,A,B: A + C in train (15), B fits neither train (27 > 24) nor valid: test; singletons train.
        //   B,C,A or C,B,A: likewise with A in test.
        String[] scaffolds = new String[30];
        for (int row = 0; row < 30; row++) {
            scaffolds[row] = row < 12 ? "A" : row < 24 ? "B" : row < 27 ? "C" : "single" + row;
        }
        int[] a = IntStream.range(0, 12).toArray();
        int[] b = IntStream.range(12, 24).toArray();
        int[] c = IntStream.range(24, 27).toArray();
        int[] singles = IntStream.range(27, 30).toArray();
        Split abFirst = new Split(concat(a, b), c, singles);
        Split bInTest = new Split(concat(a, c, singles), new int[0], b);
        Split aInTest = new Split(concat(b, c, singles), new int[0], a);
        Set<Split> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Split split = defaults.split(scaffolds, seed);
            assertTrue(List.of(abFirst, bInTest, aInTest).contains(split), "seed " + seed + ": " + split);
            seen.add(split);
        }
        assertEquals(3, seen.size(), "40 seeds should reach all three big-set orders");
    }

    @Test
    void scaffoldGroupsAreNeverSplitAndTrainNeverOverflows() {
        SplittableRandom random = new SplittableRandom(5);
        int rowCount = 500;
        String[] scaffolds = new String[rowCount];
        for (int row = 0; row < rowCount; row++) {
            // skewed group sizes, with acyclic molecules ("") as one large group
            int group = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 60);
            scaffolds[row] = group == 0 ? "" : "scaffold" + group;
        }
        SplitFractions fractions = new SplitFractions(0.7, 0.2, 0.1);
        Split split = new ScaffoldSplitter(fractions).split(scaffolds, 11L);
        assertPartition(split, rowCount);
        String[] subset = split.assignment();
        Map<String, String> subsetOfScaffold = new HashMap<>();
        for (int row = 0; row < rowCount; row++) {
            String previous = subsetOfScaffold.putIfAbsent(scaffolds[row], subset[row]);
            assertTrue(previous == null || previous.equals(subset[row]), "scaffold '" + scaffolds[row] + "' split");
        }
        // capacities are the raw fractions of the row count, as in chemprop's balanced scaffold split
        assertTrue(split.train().length <= fractions.train() * rowCount);
        assertTrue(split.valid().length <= fractions.valid() * rowCount);
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        String[] scaffolds = IntStream.range(0, 300).mapToObj(row -> "s" + (row % 37)).toArray(String[]::new);
        assertEquals(defaults.split(scaffolds, 3L), defaults.split(scaffolds, 3L));
        assertNotEquals(defaults.split(scaffolds, 3L), defaults.split(scaffolds, 4L));
        assertEquals(0, defaults.split(new String[0], 3L).rowCount());
    }

    @Test
    void nullScaffoldsAreSingleRowGroupsAndNeverLost() {
        // rows 0-9 share "X"; rows 10-19 have no scaffold: were they one group of 10 they could never
        // fit beside X in the 16-row train; as singletons 6 of them fill train up to 16.
        String[] scaffolds = new String[20];
        for (int row = 0; row < 20; row++) {
            scaffolds[row] = row < 10 ? "X" : null;
        }
        for (long seed = 0; seed < 10; seed++) {
            Split split = defaults.split(scaffolds, seed);
            assertPartition(split, 20);
            assertEquals(16, split.train().length, "seed " + seed);
        }
    }

    private static int[] concat(int[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
    }
}
