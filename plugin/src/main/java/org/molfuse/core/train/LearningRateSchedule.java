package org.molfuse.core.train;

/** The learning rate of each optimizer step; {@link ModelTrainer} asks it before every step. */
public interface LearningRateSchedule {

    /** The rate for the optimizer step with this 0-based index (counting steps taken so far). */
    double rateAt(int step);

    /** Called after each epoch with its validation metric (NaN when undefined); most schedules ignore it. */
    default void epochEnded(double validationMetric) {
    }
}
