package org.molfuse.core.train;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.molfuse.core.eval.Metric;

/**
 * Settings of one training run; a bad value fails at construction with a message naming the setting. Defaults
 * ({@link #defaults()}) follow chemprop v1: 30 epochs, batch size 50, Adam without weight decay, the Noam schedule,
 * no gradient clipping, seed 0; early stopping off; the validation metric chosen from the tasks (rmse for regression,
 * roc_auc for classification); 1 intra-op thread. Dropout belongs to the model, not here.
 *
 * @param gradientClipNorm maximum global L2 norm of the gradients, 0 = no clipping
 * @param earlyStoppingPatience stop after this many epochs in a row without a better validation metric, 0 = never
 * @param validationMetric a per-task metric name of {@link Metric#parse(String)}, or null for the task default
 * @param threads PyTorch intra-op threads used while training
 */
public record TrainingConfig(int epochs, int batchSize, OptimizerKind optimizer, double weightDecay,
        LearningRateConfig learningRate, double gradientClipNorm, int seed, int earlyStoppingPatience,
        String validationMetric, int threads) {

    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        Objects.requireNonNull(optimizer, "optimizer must be set (adam or adamw)");
        if (!Double.isFinite(weightDecay) || weightDecay < 0) {
            throw new IllegalArgumentException("weightDecay must be a finite number >= 0, got " + weightDecay);
        }
        Objects.requireNonNull(learningRate, "learningRate must be set");
        if (learningRate.warmupEpochs() > epochs) {
            throw new IllegalArgumentException("learningRate.warmupEpochs (" + learningRate.warmupEpochs()
                    + ") must not exceed epochs (" + epochs + ")");
        }
        if (!Double.isFinite(gradientClipNorm) || gradientClipNorm < 0) {
            throw new IllegalArgumentException("gradientClipNorm must be a finite number >= 0 (0 = no clipping), got "
                    + gradientClipNorm);
        }
        if (earlyStoppingPatience < 0) {
            throw new IllegalArgumentException("earlyStoppingPatience must be >= 0 (0 = no early stopping), got "
                    + earlyStoppingPatience);
        }
        if (validationMetric != null && validationMetric.isBlank()) {
            validationMetric = null;
        }
        if (validationMetric != null) {
            validationMetric = parsePerTaskMetric(validationMetric).name();
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    public static TrainingConfig defaults() {
        return new TrainingConfig(30, 50, OptimizerKind.ADAM, 0.0, LearningRateConfig.defaults(), 0.0, 0, 0, null, 1);
    }

    private static Metric parsePerTaskMetric(String name) {
        Metric metric;
        try {
            metric = Metric.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("validationMetric: " + e.getMessage(), e);
        }
        if (metric.input() != Metric.Input.PER_TASK) {
            throw new IllegalArgumentException("validationMetric '" + name + "' is not computed per task; use one of "
                    + "rmse, mae, r2, pearson, roc_auc, pr_auc, average_precision, accuracy, f1");
        }
        return metric;
    }

    /**
     * The validation metric for these tasks: the configured one, or rmse (all regression) / roc_auc (all
     * classification). It must score every task's kind.
     */
    public Metric validationMetricFor(List<TaskKind> tasks) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("there are no tasks to train");
        }
        Metric metric = validationMetric != null ? Metric.parse(validationMetric)
                : tasks.get(0) == TaskKind.REGRESSION ? Metric.RMSE : Metric.ROC_AUC;
        for (int task = 0; task < tasks.size(); task++) {
            if (!tasks.get(task).isScoredBy(metric)) {
                throw new IllegalArgumentException("validationMetric '" + metric.name() + "' scores "
                        + metric.kind().name().toLowerCase(Locale.ROOT) + " tasks, but task " + task
                        + " is " + tasks.get(task).label() + "; train regression and classification tasks separately"
                        + " or choose a metric for this kind");
            }
        }
        return metric;
    }

    /** With {@code value} epochs; a warm-up longer than that is shortened to the whole run. */
    public TrainingConfig withEpochs(int value) {
        LearningRateConfig rate = value >= 1 && learningRate.warmupEpochs() > value
                ? learningRate.withWarmupEpochs(value) : learningRate;
        return new TrainingConfig(value, batchSize, optimizer, weightDecay, rate, gradientClipNorm, seed,
                earlyStoppingPatience, validationMetric, threads);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(epochs, value, optimizer, weightDecay, learningRate, gradientClipNorm, seed,
                earlyStoppingPatience, validationMetric, threads);
    }

    public TrainingConfig withOptimizer(OptimizerKind value, double decay) {
        return new TrainingConfig(epochs, batchSize, value, decay, learningRate, gradientClipNorm, seed,
                earlyStoppingPatience, validationMetric, threads);
    }

    public TrainingConfig withLearningRate(LearningRateConfig value) {
        return new TrainingConfig(epochs, batchSize, optimizer, weightDecay, value, gradientClipNorm, seed,
                earlyStoppingPatience, validationMetric, threads);
    }

    public TrainingConfig withGradientClipNorm(double value) {
        return new TrainingConfig(epochs, batchSize, optimizer, weightDecay, learningRate, value, seed,
                earlyStoppingPatience, validationMetric, threads);
    }

    public TrainingConfig withSeed(int value) {
        return new TrainingConfig(epochs, batchSize, optimizer, weightDecay, learningRate, gradientClipNorm, value,
                earlyStoppingPatience, validationMetric, threads);
    }

    public TrainingConfig withEarlyStoppingPatience(int value) {
        return new TrainingConfig(epochs, batchSize, optimizer, weightDecay, learningRate, gradientClipNorm, seed,
                value, validationMetric, threads);
    }

    public TrainingConfig withValidationMetric(String value) {
        return new TrainingConfig(epochs, batchSize, optimizer, weightDecay, learningRate, gradientClipNorm, seed,
                earlyStoppingPatience, value, threads);
    }

    public TrainingConfig withThreads(int value) {
        return new TrainingConfig(epochs, batchSize, optimizer, weightDecay, learningRate, gradientClipNorm, seed,
                earlyStoppingPatience, validationMetric, value);
    }
}
