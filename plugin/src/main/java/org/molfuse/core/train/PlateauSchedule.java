package org.molfuse.core.train;

/**
 * Reduce-on-plateau, per epoch on the validation metric: starts at {@code initialRate}; after {@code patience}
 * epochs in a row without a strictly better metric the rate is multiplied by {@code factor} (never below
 * {@code minRate}) and the count starts again. An undefined (NaN) metric never counts as better.
 */
public final class PlateauSchedule implements LearningRateSchedule {

    private final double factor;
    private final int patience;
    private final double minRate;
    private final boolean higherIsBetter;
    private double rate;
    private double best = Double.NaN;
    private int epochsWithoutImprovement;

    public PlateauSchedule(double initialRate, double factor, int patience, double minRate, boolean higherIsBetter) {
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("the plateau factor must be between 0 and 1 (exclusive), got "
                    + factor);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("the plateau patience must be at least 1 epoch, got " + patience);
        }
        this.rate = initialRate;
        this.factor = factor;
        this.patience = patience;
        this.minRate = minRate;
        this.higherIsBetter = higherIsBetter;
    }

    @Override
    public double rateAt(int step) {
        return rate;
    }

    @Override
    public void epochEnded(double validationMetric) {
        if (EpochSelector.improves(validationMetric, best, higherIsBetter)) {
            best = validationMetric;
            epochsWithoutImprovement = 0;
            return;
        }
        epochsWithoutImprovement++;
        if (epochsWithoutImprovement >= patience) {
            rate = Math.max(rate * factor, minRate);
            epochsWithoutImprovement = 0;
        }
    }
}
