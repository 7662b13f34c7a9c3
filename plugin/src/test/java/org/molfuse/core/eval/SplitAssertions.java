package org.molfuse.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Shared checks that a Split partitions 0..n-1 (independent of the check in Split's constructor). */
final class SplitAssertions {

    private SplitAssertions() {
    }

    static void assertPartition(Split split, int rowCount) {
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.valid())),
                Arrays.stream(split.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, rowCount).toArray(), all, "every row exactly once");
        assertEquals(rowCount, split.assignment().length);
    }

    static long count(int[] rows, double[] labels, double label) {
        return Arrays.stream(rows).filter(row -> Double.compare(labels[row], label) == 0).count();
    }
}
