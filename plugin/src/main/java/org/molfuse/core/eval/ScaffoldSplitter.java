package org.molfuse.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Balanced scaffold split with the rules of chemprop v1 {@code scaffold_split(balanced=True)}.
 *
 * <p>Rows are grouped by scaffold string (the empty string, i.e. acyclic molecules, is one group like any other);
 * a group is never divided between subsets. Groups larger than half the validation or the test size ("big sets":
 * {@code size > valid * n / 2 or size > test * n / 2}, with the raw fractions as chemprop uses them) come first in
 * seeded random order, then the remaining groups in seeded random order. Each group then goes to train if it still
 * fits ({@code train rows + size <= train * n}), else to validation if it fits there, else to test. Big sets thus
 * land in train while it has room, which keeps validation and test spread over many scaffolds.
 *
 * <p>Groups are formed in order of first appearance before shuffling, so the result depends on the seed and the row
 * order, as in chemprop. A {@code null} scaffold (one the caller could not compute) makes a group of its own row, so
 * it never drags unrelated rows along and is never lost. Chemprop's Python random order is not reproduced; to score
 * on chemprop's very splits, {@code bench/chemprop_splits.py} writes them as files for the benchmark's --train,
 * --valid and --test.
 */
public final class ScaffoldSplitter {

    private final SplitFractions fractions;

    public ScaffoldSplitter(SplitFractions fractions) {
        this.fractions = Objects.requireNonNull(fractions, "fractions");
    }

    public Split split(String[] scaffolds, long seed) {
        Objects.requireNonNull(scaffolds, "scaffolds");
        int rowCount = scaffolds.length;
        double trainCapacity = fractions.train() * rowCount;
        double validCapacity = fractions.valid() * rowCount;
        double testCapacity = fractions.test() * rowCount;

        List<List<Integer>> bigSets = new ArrayList<>();
        List<List<Integer>> smallSets = new ArrayList<>();
        for (List<Integer> group : groupByScaffold(scaffolds)) {
            boolean big = group.size() > validCapacity / 2 || group.size() > testCapacity / 2;
            (big ? bigSets : smallSets).add(group);
        }
        SplittableRandom random = new SplittableRandom(seed);
        RowOrders.shuffle(bigSets, random);
        RowOrders.shuffle(smallSets, random);

        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        List<List<Integer>> ordered = new ArrayList<>(bigSets);
        ordered.addAll(smallSets);
        for (List<Integer> group : ordered) {
            if (train.size() + group.size() <= trainCapacity) {
                train.addAll(group);
            } else if (valid.size() + group.size() <= validCapacity) {
                valid.addAll(group);
            } else {
                test.addAll(group);
            }
        }
        return new Split(toArray(train), toArray(valid), toArray(test));
    }

    private static List<List<Integer>> groupByScaffold(String[] scaffolds) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<List<Integer>> result = new ArrayList<>();
        for (int row = 0; row < scaffolds.length; row++) {
            if (scaffolds[row] == null) {
                result.add(new ArrayList<>(List.of(row)));
            } else {
                groups.computeIfAbsent(scaffolds[row], key -> {
                    List<Integer> group = new ArrayList<>();
                    result.add(group);
                    return group;
                }).add(row);
            }
        }
        return result;
    }

    private static int[] toArray(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
