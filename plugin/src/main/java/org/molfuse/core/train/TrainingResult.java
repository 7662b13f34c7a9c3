package org.molfuse.core.train;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ModelTrainer#train}: the trained block holds the weights of {@code bestEpoch}.
 *
 * @param history one record per epoch run, in order
 * @param bestEpoch 1-based epoch with the best validation metric; the last epoch when no epoch had a defined metric
 * @param bestMetric the validation metric of {@code bestEpoch}, NaN when undefined
 * @param metricName the validation metric's name
 * @param stoppedEarly whether early stopping ended the run before the configured epochs
 * @param scaler the target scaler fitted on the training labels; predictions need it
 */
public record TrainingResult(List<EpochRecord> history, int bestEpoch, double bestMetric, String metricName,
        boolean stoppedEarly, TargetScaler scaler) {

    public TrainingResult {
        history = List.copyOf(history);
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(scaler, "scaler");
    }
}
