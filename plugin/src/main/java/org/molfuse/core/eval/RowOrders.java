package org.molfuse.core.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Seeded row orders that splitters cut into consecutive pieces. */
final class RowOrders {

    private RowOrders() {
    }

    static int[] shuffled(int rowCount, SplittableRandom random) {
        int[] order = new int[rowCount];
        for (int row = 0; row < rowCount; row++) {
            order[row] = row;
        }
        shuffle(order, random);
        return order;
    }

    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    static <T> void shuffle(List<T> values, SplittableRandom random) {
        for (int i = values.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = values.get(i);
            values.set(i, values.get(j));
            values.set(j, swap);
        }
    }

    /**
     * Rows grouped by label value (NaN is one more stratum), shuffled within each stratum, then spread evenly over one
     * sequence: the k-th of m rows of a stratum sits at position (k + 1/2) / m of the sequence (Sainte-Laguë order).
     * Every run of consecutive rows therefore holds each stratum in proportion to its size, within about one row.
     */
    static int[] stratified(double[] labels, SplittableRandom random) {
        List<int[]> strata = strata(labels);
        for (int[] stratum : strata) {
            shuffle(stratum, random);
        }
        // (stratum, position in stratum) pairs ordered by the exact fraction (2k + 1) / (2m); ties by stratum.
        long[][] slots = new long[labels.length][];
        int next = 0;
        for (int s = 0; s < strata.size(); s++) {
            for (int k = 0; k < strata.get(s).length; k++) {
                slots[next++] = new long[] {s, k};
            }
        }
        Arrays.sort(slots, (a, b) -> {
            long sizeA = strata.get((int) a[0]).length;
            long sizeB = strata.get((int) b[0]).length;
            int byPosition = Long.compare((2 * a[1] + 1) * sizeB, (2 * b[1] + 1) * sizeA);
            return byPosition != 0 ? byPosition : Long.compare(a[0], b[0]);
        });
        int[] order = new int[labels.length];
        for (int i = 0; i < slots.length; i++) {
            order[i] = strata.get((int) slots[i][0])[(int) slots[i][1]];
        }
        return order;
    }

    /** Row indexes per distinct label, in ascending label order with NaN last; -0.0 and 0.0 are one label. */
    private static List<int[]> strata(double[] labels) {
        TreeMap<Double, List<Integer>> byLabel = new TreeMap<>();
        for (int row = 0; row < labels.length; row++) {
            double label = labels[row] == 0.0 ? 0.0 : labels[row];
            byLabel.computeIfAbsent(label, key -> new ArrayList<>()).add(row);
        }
        List<int[]> strata = new ArrayList<>(byLabel.size());
        for (List<Integer> rows : byLabel.values()) {
            strata.add(rows.stream().mapToInt(Integer::intValue).toArray());
        }
        return strata;
    }

    /** The first {@code trainSize} rows of the order are train, the next {@code validSize} valid, the rest test. */
    static Split cut(int[] order, int trainSize, int validSize) {
        return new Split(
                Arrays.copyOfRange(order, 0, trainSize),
                Arrays.copyOfRange(order, trainSize, trainSize + validSize),
                Arrays.copyOfRange(order, trainSize + validSize, order.length));
    }
}
