package org.molfuse.core.bench;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.eval.Split;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.ops.GnnLearnOperation;
import org.molfuse.core.ops.LearnResult;
import org.molfuse.core.train.EpochRecord;
import org.molfuse.core.train.TrainingListener;

/**
 * Multi-seed benchmark of a graph model: for each seed a fresh split (or the given one) and a fresh model, the test
 * score, the time per epoch and the training throughput, so that results are reported as chemprop reports them
 * (mean and population standard deviation over seeds).
 */
public final class GnnBenchmark {

    /**
     * One seed's outcome. {@code perTask} holds each task's test score (NaN where the metric is undefined, such as
     * ROC-AUC on a task whose test rows hold one class), so multi-task results can be read task by task.
     */
    public record SeedResult(long seed, double testScore, String undefinedReason, Map<String, Double> perTask,
            double secondsPerEpoch, double trainMoleculesPerSecond, int bestEpoch) {
    }

    /**
     * All seeds, with the summary figures. {@code matmulFlopsPerSecond} is the same-run baseline: the
     * {@link #BASELINE_ROWS} x {@link #BASELINE_WIDTH} x {@link #BASELINE_WIDTH} product timed after each seed, at the
     * thread count it trained with, and averaged.
     */
    public record Summary(String metric, List<SeedResult> seeds, double mean, double std, double secondsPerEpoch,
            double trainMoleculesPerSecond, long peakHeapBytes, long peakResidentBytes, double matmulFlopsPerSecond) {
    }

    /**
     * The baseline's shape is D-MPNN's costliest product at chemprop's defaults: W_h (300 x 300) applied to the
     * directed-bond messages of a 50-molecule batch (about 1,300 for ESOL-sized molecules).
     */
    public static final int BASELINE_ROWS = 1300;
    public static final int BASELINE_WIDTH = 300;

    private GnnBenchmark() {
    }

    /** Trains one seed's model in {@code manager} and scores its test rows. */
    @FunctionalInterface
    public interface SeedRun {
        LearnResult train(long seed, NDManager manager);
    }

    /**
     * Runs every seed. With {@code fixedSplit} present, every seed trains on that split (only the weights and batch
     * order change); otherwise each seed also draws its own split, as chemprop's multi-seed runs do.
     */
    public static Summary run(Table table, GnnLearnOperation.Settings base, List<Long> seeds, Optional<Split> fixedSplit,
            TrainingListener listener) {
        return run(seeds, (seed, manager) -> fixedSplit.isPresent()
                ? GnnLearnOperation.execute(table, withSeed(base, seed), fixedSplit.get(), manager, listener, () -> false)
                : GnnLearnOperation.execute(table, withSeed(base, seed), manager, listener, () -> false));
    }

    /** Runs every seed of any learner (graph or language model) and summarizes the test scores and speed. */
    public static Summary run(List<Long> seeds, SeedRun learner) {
        List<SeedResult> results = new ArrayList<>();
        double matmulFlopsPerSecond = 0;
        String metric = null;
        for (long seed : seeds) {
            try (NDManager manager = TorchRuntime.newManager()) {
                LearnResult result = learner.train(seed, manager);
                matmulFlopsPerSecond += MatmulBaseline.flopsPerSecond(manager, BASELINE_ROWS, BASELINE_WIDTH,
                        BASELINE_WIDTH) / seeds.size();
                metric = result.metric().name();
                double secondsPerEpoch = result.training().history().stream().mapToDouble(EpochRecord::seconds)
                        .average().orElse(Double.NaN);
                Map<String, Double> perTask = new LinkedHashMap<>();
                result.testScorePerTask().forEach((task, score) -> perTask.put(task, score.value()));
                results.add(new SeedResult(seed, result.testScore().value(), result.testScore().reason(), perTask,
                        secondsPerEpoch, result.trainingMolecules() / secondsPerEpoch, result.training().bestEpoch()));
            }
        }
        double[] values = results.stream().mapToDouble(SeedResult::testScore).toArray();
        double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
        double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(Double.NaN);
        return new Summary(metric, results, mean, Math.sqrt(variance),
                results.stream().mapToDouble(SeedResult::secondsPerEpoch).average().orElse(Double.NaN),
                results.stream().mapToDouble(SeedResult::trainMoleculesPerSecond).average().orElse(Double.NaN),
                peakHeapBytes(), peakResidentBytes(), matmulFlopsPerSecond);
    }

    /**
     * The rows of several tables with the same columns, one after the other, and the split that names them as
     * train, validation and test: for comparing with another tool on identical rows.
     */
    public static Table concatenate(List<Table> tables) {
        List<String> names = tables.get(0).columnNames();
        List<StringColumn> columns = new ArrayList<>();
        for (String name : names) {
            StringColumn.Builder column = StringColumn.builder(name);
            for (Table table : tables) {
                if (!table.columnNames().equals(names)) {
                    throw new IllegalArgumentException("the split files must have the same columns; found " + names
                            + " and " + table.columnNames());
                }
                StringColumn source = table.stringColumn(name);
                for (int row = 0; row < source.size(); row++) {
                    if (source.isMissing(row)) {
                        column.addMissing();
                    } else {
                        column.add(source.getString(row));
                    }
                }
            }
            columns.add(column.build());
        }
        return Table.of(new ArrayList<>(columns));
    }

    /** The split of {@link #concatenate}d tables: the first table's rows train, the second's validate, the third's test. */
    public static Split splitOfConcatenated(int train, int valid, int test) {
        return new Split(range(0, train), range(train, train + valid), range(train + valid, train + valid + test));
    }

    private static int[] range(int from, int to) {
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return rows;
    }

    private static GnnLearnOperation.Settings withSeed(GnnLearnOperation.Settings s, long seed) {
        return s.withTraining(s.training().withSeed(Math.toIntExact(seed)));
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Peak resident set (Java heap plus PyTorch's native memory) from Linux's VmHWM; -1 elsewhere. */
    private static long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
