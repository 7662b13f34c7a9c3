package org.molfuse.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import java.util.List;
import java.util.Objects;
import org.molfuse.core.nn.TorchRuntime;

/**
 * Mean loss over the present labels of a [batch x tasks] output, chemprop v1 style: squared error for regression
 * columns (on standardized targets), binary cross-entropy on the logit for classification columns, in the stable form
 * {@code max(z,0) - z*y + log(1 + exp(-|z|))}. Missing labels are masked to zero, so they add nothing to the loss
 * and nothing to the gradient; a batch without any label has loss 0.
 *
 * <p>As a DJL {@link Loss}: labels are (targets, mask), both [batch x tasks], with finite targets (any value where
 * the mask is 0) and mask 1 for a present label, 0 for a missing one; predictions are (outputs).
 */
public final class MaskedMultiTaskLoss extends Loss {

    private final List<TaskKind> tasks;
    private final boolean allRegression;
    private final boolean allClassification;

    public MaskedMultiTaskLoss(List<TaskKind> tasks) {
        super("MaskedMultiTaskLoss");
        this.tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
        if (this.tasks.isEmpty()) {
            throw new IllegalArgumentException("the loss needs at least one task");
        }
        allRegression = this.tasks.stream().allMatch(kind -> kind == TaskKind.REGRESSION);
        allClassification = this.tasks.stream().allMatch(kind -> kind == TaskKind.BINARY_CLASSIFICATION);
    }

    /** The loss of outputs against a label matrix with NaN for a missing label (already standardized). */
    public NDArray evaluate(NDArray predictions, float[][] labels) {
        requireOutputShape(predictions.getShape(), labels.length, tasks.size());
        LabelMatrix.requireShape("labels", labels, tasks.size());
        float[] targets = new float[labels.length * tasks.size()];
        float[] mask = new float[targets.length];
        for (int row = 0; row < labels.length; row++) {
            for (int task = 0; task < tasks.size(); task++) {
                float label = labels[row][task];
                // the placeholder 0 must be finite: NaN * 0 is NaN and would poison the sum and the gradient
                boolean present = !Float.isNaN(label);
                targets[row * tasks.size() + task] = present ? label : 0f;
                mask[row * tasks.size() + task] = present ? 1f : 0f;
            }
        }
        NDManager manager = predictions.getManager();
        Shape shape = new Shape(labels.length, tasks.size());
        return evaluate(new NDList(manager.create(targets, shape), manager.create(mask, shape)),
                new NDList(predictions));
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray outputs = predictions.head();
        NDArray targets = labels.get(0);
        NDArray mask = labels.get(1);
        requireOutputShape(outputs.getShape(), targets.getShape().get(0), tasks.size());
        NDArray perLabel;
        if (allRegression) {
            perLabel = squaredError(outputs, targets);
        } else if (allClassification) {
            perLabel = crossEntropyWithLogits(outputs, targets);
        } else {
            NDArray classificationColumns = outputs.getManager()
                    .create(classificationColumnFlags(), new Shape(1, tasks.size()));
            NDArray regressionColumns = classificationColumns.neg().add(1f);
            perLabel = crossEntropyWithLogits(outputs, targets).mul(classificationColumns)
                    .add(squaredError(outputs, targets).mul(regressionColumns));
        }
        return perLabel.mul(mask).sum().div(mask.sum().maximum(1f));
    }

    private static NDArray squaredError(NDArray outputs, NDArray targets) {
        return outputs.sub(targets).square();
    }

    private static NDArray crossEntropyWithLogits(NDArray logits, NDArray targets) {
        // exp(-|z|) is in (0, 1], so neither the exponential nor the logarithm can overflow. The zero is a tensor, not
        // a Java number, as backward reads it again (TorchRuntime.scalar); maximum, unlike a ReLU, splits the gradient
        // of a tie, which gives z = 0 its exact gradient sigmoid(0) - y
        return logits.maximum(TorchRuntime.scalar(logits.getManager(), 0f)).sub(logits.mul(targets)).add(logits.abs().neg().exp().add(1f).log());
    }

    private float[] classificationColumnFlags() {
        float[] flags = new float[tasks.size()];
        for (int task = 0; task < flags.length; task++) {
            flags[task] = tasks.get(task) == TaskKind.BINARY_CLASSIFICATION ? 1f : 0f;
        }
        return flags;
    }

    static void requireOutputShape(Shape shape, long rows, int tasks) {
        if (shape.dimension() != 2 || shape.get(0) != rows || shape.get(1) != tasks) {
            throw new IllegalArgumentException("the model output has shape " + shape + " but (" + rows + ", "
                    + tasks + ") was expected: one row per example and one column per task");
        }
    }
}
