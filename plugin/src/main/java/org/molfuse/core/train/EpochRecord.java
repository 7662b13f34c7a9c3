package org.molfuse.core.train;

/**
 * What one epoch did.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean masked loss over the epoch's present training labels (on standardized targets), NaN when the
 *     epoch had no label
 * @param validationMetric the validation metric's macro average over tasks, NaN when undefined or without validation
 *     examples
 * @param learningRate the rate of the epoch's last optimizer step
 * @param seconds wall time of the epoch including validation
 */
public record EpochRecord(int epoch, double trainLoss, double validationMetric, double learningRate, double seconds) {
}
