package org.molfuse.core.train;

/**
 * Best-epoch selection and early stopping on a per-epoch validation metric: an epoch is the new best when its metric
 * is strictly better than every earlier one (an undefined, NaN, metric never is); training should stop once
 * {@code patience} epochs in a row brought no new best ({@code patience == 0} never stops). Without any defined
 * metric yet there is nothing to keep, so it never stops then either.
 */
final class EpochSelector {

    private final boolean higherIsBetter;
    private final int patience;
    private int epochs;
    private int bestEpoch;
    private double bestMetric = Double.NaN;

    EpochSelector(boolean higherIsBetter, int patience) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must not be negative, got " + patience);
        }
        this.higherIsBetter = higherIsBetter;
        this.patience = patience;
    }

    /** Whether {@code candidate} beats {@code best}; anything defined beats an undefined (NaN) best. */
    static boolean improves(double candidate, double best, boolean higherIsBetter) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(best)) {
            return true;
        }
        return higherIsBetter ? candidate > best : candidate < best;
    }

    /** Records the next epoch's metric; true when it is the new best. */
    boolean record(double metric) {
        epochs++;
        if (improves(metric, bestMetric, higherIsBetter)) {
            bestMetric = metric;
            bestEpoch = epochs;
            return true;
        }
        return false;
    }

    boolean shouldStop() {
        return patience > 0 && bestEpoch > 0 && epochs - bestEpoch >= patience;
    }

    /** The 1-based best epoch, 0 while no epoch had a defined metric. */
    int bestEpoch() {
        return bestEpoch;
    }

    double bestMetric() {
        return bestMetric;
    }
}
