package org.molfuse.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Runs a trained block in inference mode (no dropout, no gradients) batch by batch and returns predictions on the
 * label scale: regression outputs de-standardized with the training {@link TargetScaler}, classification logits
 * turned into probabilities with the sigmoid.
 */
public final class ModelPredictor {

    private final Block block;
    private final List<TaskKind> tasks;
    private final TargetScaler scaler;

    public ModelPredictor(Block block, List<TaskKind> tasks, TargetScaler scaler) {
        this.block = Objects.requireNonNull(block, "block");
        this.tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        this.scaler = Objects.requireNonNull(scaler, "scaler");
        if (scaler.taskCount() != this.tasks.size()) {
            throw new IllegalArgumentException("the target scaler has " + scaler.taskCount() + " tasks but "
                    + this.tasks.size() + " task kinds were given");
        }
    }

    /** Predictions for every example, [examples x tasks]. */
    public <E> float[][] predict(NDManager manager, BatchSource<E> source, List<E> examples, int batchSize) {
        return predict(manager, source, examples, batchSize, () -> false);
    }

    /**
     * Predictions for every example, [examples x tasks]; {@code cancelled} is asked before each batch and a true
     * answer throws {@link CancellationException}. Temporary arrays live in sub-managers of {@code manager}.
     */
    public <E> float[][] predict(NDManager manager, BatchSource<E> source, List<E> examples, int batchSize,
            BooleanSupplier cancelled) {
        float[][] raw = predictRaw(manager, source, examples, batchSize, cancelled);
        float[][] predictions = scaler.inverseTransform(raw);
        for (float[] row : predictions) {
            for (int task = 0; task < tasks.size(); task++) {
                if (tasks.get(task) == TaskKind.BINARY_CLASSIFICATION) {
                    row[task] = (float) (1.0 / (1.0 + Math.exp(-row[task])));
                }
            }
        }
        return predictions;
    }

    private <E> float[][] predictRaw(NDManager manager, BatchSource<E> source, List<E> examples, int batchSize,
            BooleanSupplier cancelled) {
        int taskCount = tasks.size();
        return outputs(block, manager, source, examples, batchSize, cancelled,
                (outputs, rows) -> MaskedMultiTaskLoss.requireOutputShape(outputs.getShape(), rows, taskCount));
    }

    /**
     * The first output of {@code block} in inference mode, one row per example, whatever its width (for example a
     * graph encoder's embeddings); {@code check} sees each batch's output and its row count before it is read.
     */
    public static <E> float[][] outputs(Block block, NDManager manager, BatchSource<E> source, List<E> examples,
            int batchSize, BooleanSupplier cancelled, BiConsumer<NDArray, Integer> check) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        float[][] rows = new float[examples.size()][];
        ParameterStore parameters = new ParameterStore(manager, false);
        for (int from = 0; from < examples.size(); from += batchSize) {
            int to = Math.min(examples.size(), from + batchSize);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("prediction cancelled before example " + from + " of "
                        + examples.size());
            }
            float[] flat;
            int width;
            try (NDManager batchManager = manager.newSubManager(); NDScope scope = new NDScope()) {
                NDList inputs = source.inputs(examples.subList(from, to), batchManager);
                NDArray outputs = block.forward(parameters, inputs, false).head();
                check.accept(outputs, to - from);
                width = (int) (outputs.size() / (to - from));
                flat = outputs.toType(DataType.FLOAT32, false).toFloatArray();
            }
            for (int row = from; row < to; row++) {
                rows[row] = new float[width];
                System.arraycopy(flat, (row - from) * width, rows[row], 0, width);
            }
        }
        return rows;
    }
}
