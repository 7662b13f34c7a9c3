package org.molfuse.core.bench;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.molfuse.core.lm.MlmPretrainer;
import org.molfuse.core.lm.TransformerConfig;
import org.molfuse.core.nn.TorchRuntime;

/**
 * Masked-language-model pretraining speed as tokens per second and model FLOP utilization: the model FLOPs per
 * second of real pretraining steps ({@link TransformerConfig#mlmTrainingStepFlops}, on the padded batches) divided
 * by the FLOPs per second of a plain matrix product timed in the same run on the same engine and thread count (one
 * thread, as pretraining runs). Two baselines: a square 1024 product (what the CPU's GEMM reaches at its best) and
 * one of the model's own feed-forward shape. Each baseline is timed before and after pretraining and averaged, since
 * shared machines drift.
 */
public final class LmPretrainingBenchmark {

    /** Pretraining steps run and thrown away first, so that the measured steps run warm. */
    private static final int WARMUP_STEPS = 5;
    private static final int SQUARE = 1024;

    /** The measured figures; utilizations are model FLOP/s over each baseline's. */
    public record Figures(double tokensPerSecond, double modelFlopsPerSecond, double squareMatmulFlopsPerSecond,
            double shapedMatmulFlopsPerSecond) {
        public double utilization() {
            return modelFlopsPerSecond / squareMatmulFlopsPerSecond;
        }

        public double utilizationOfShapedMatmul() {
            return modelFlopsPerSecond / shapedMatmulFlopsPerSecond;
        }
    }

    private LmPretrainingBenchmark() {
    }

    /**
     * Pretrains a fresh model of {@code preset} for {@code steps} steps of {@code batchSize} SMILES from
     * {@code corpus} (the first 200 held out for the validations that bracket the run) and prints the figures.
     */
    public static Figures run(List<String> corpus, String preset, int batchSize, int maxLength, int steps,
            PrintWriter out) {
        if (corpus.size() < 400) {
            throw new IllegalArgumentException("the benchmark needs at least 400 SMILES, got " + corpus.size());
        }
        List<String> validation = corpus.subList(0, 200);
        List<String> training = corpus.subList(200, corpus.size());
        try (NDManager manager = TorchRuntime.newManager()) {
            TorchRuntime.useThreads(1);
            int hidden = TransformerConfig.preset(preset, 32, maxLength).hiddenSize();
            int intermediate = TransformerConfig.preset(preset, 32, maxLength).intermediateSize();
            int rows = batchSize * Math.min(maxLength, 64);
            double squareBefore = MatmulBaseline.flopsPerSecond(manager, SQUARE, SQUARE, SQUARE);
            double shapedBefore = MatmulBaseline.flopsPerSecond(manager, rows, hidden, intermediate);
            pretrain(training, validation, preset, batchSize, maxLength, WARMUP_STEPS, manager);
            MlmPretrainer.Result result = pretrain(training, validation, preset, batchSize, maxLength, steps,
                    manager);
            double square = (squareBefore + MatmulBaseline.flopsPerSecond(manager, SQUARE, SQUARE, SQUARE)) / 2;
            double shaped = (shapedBefore + MatmulBaseline.flopsPerSecond(manager, rows, hidden, intermediate)) / 2;
            Figures figures = new Figures(result.tokensPerSecond(), result.modelFlopsPerSecond(), square, shaped);
            out.printf(Locale.ROOT, "preset %s, batch %d, %d steps, one thread%n", preset, batchSize, steps);
            out.printf(Locale.ROOT, "pretraining:            %10.0f tokens/s  %8.2f GFLOP/s (model FLOPs)%n",
                    figures.tokensPerSecond(), figures.modelFlopsPerSecond() / 1e9);
            out.printf(Locale.ROOT, "matmul %dx%dx%d:     %8.2f GFLOP/s   model FLOP utilization %.1f%%%n",
                    SQUARE, SQUARE, SQUARE, square / 1e9, 100 * figures.utilization());
            out.printf(Locale.ROOT, "matmul %dx%dx%d:      %8.2f GFLOP/s   model FLOP utilization %.1f%%%n",
                    rows, hidden, intermediate, shaped / 1e9, 100 * figures.utilizationOfShapedMatmul());
            out.flush();
            return figures;
        }
    }

    private static MlmPretrainer.Result pretrain(List<String> training, List<String> validation, String preset,
            int batchSize, int maxLength, int steps, NDManager manager) {
        MlmPretrainer.Settings settings = new MlmPretrainer.Settings(
                vocabulary -> TransformerConfig.preset(preset, vocabulary, maxLength), maxLength, 1, batchSize,
                steps, 5e-4, Math.min(steps - 1, 10), 0.01, 0.15, steps, 0);
        try (NDManager run = manager.newSubManager()) {
            return new MlmPretrainer(settings).pretrain(training, validation, run, progress -> { }, () -> false);
        }
    }
}
