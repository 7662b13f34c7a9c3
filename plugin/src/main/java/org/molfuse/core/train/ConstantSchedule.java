package org.molfuse.core.train;

/** The same rate at every step. */
public record ConstantSchedule(double rate) implements LearningRateSchedule {

    @Override
    public double rateAt(int step) {
        return rate;
    }
}
