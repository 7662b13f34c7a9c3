package org.molfuse.core.eval;

/**
 * Regression metrics over the rows whose truth is not NaN. Undefined cases give NaN with a reason, never an exception.
 * A labelled row with a NaN prediction makes the metric undefined (the reason names the row).
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    /** Root mean squared error. */
    public static MetricValue rmse(double[] truth, double[] predicted) {
        LabelledPairs pairs = LabelledPairs.of(truth, predicted);
        if (pairs.problem != null) {
            return MetricValue.undefined(pairs.problem);
        }
        double sum = 0.0;
        for (int i = 0; i < pairs.size(); i++) {
            double error = pairs.truth[i] - pairs.predicted[i];
            sum += error * error;
        }
        return MetricValue.of(Math.sqrt(sum / pairs.size()));
    }

    /** Mean absolute error. */
    public static MetricValue mae(double[] truth, double[] predicted) {
        LabelledPairs pairs = LabelledPairs.of(truth, predicted);
        if (pairs.problem != null) {
            return MetricValue.undefined(pairs.problem);
        }
        double sum = 0.0;
        for (int i = 0; i < pairs.size(); i++) {
            sum += Math.abs(pairs.truth[i] - pairs.predicted[i]);
        }
        return MetricValue.of(sum / pairs.size());
    }

    /**
     * Coefficient of determination with scikit-learn's {@code r2_score} conventions: undefined below two labels;
     * with constant labels it is 1.0 for a perfect prediction and 0.0 otherwise (instead of minus infinity).
     */
    public static MetricValue r2(double[] truth, double[] predicted) {
        LabelledPairs pairs = LabelledPairs.of(truth, predicted);
        if (pairs.problem != null) {
            return MetricValue.undefined(pairs.problem);
        }
        if (pairs.size() < 2) {
            return MetricValue.undefined(MetricReasons.FEWER_THAN_TWO);
        }
        double residual = 0.0;
        for (int i = 0; i < pairs.size(); i++) {
            double error = pairs.truth[i] - pairs.predicted[i];
            residual += error * error;
        }
        // Constant labels are detected exactly: a rounded mean would leave a tiny spurious variance.
        double total = isConstant(pairs.truth) ? 0.0 : sumOfSquaredDeviations(pairs.truth);
        if (residual == 0.0) {
            return MetricValue.of(1.0);
        }
        if (total == 0.0) {
            return MetricValue.of(0.0);
        }
        return MetricValue.of(1.0 - residual / total);
    }

    /** Pearson correlation coefficient; undefined below two labels or when labels or predictions are constant. */
    public static MetricValue pearson(double[] truth, double[] predicted) {
        LabelledPairs pairs = LabelledPairs.of(truth, predicted);
        if (pairs.problem != null) {
            return MetricValue.undefined(pairs.problem);
        }
        if (pairs.size() < 2) {
            return MetricValue.undefined(MetricReasons.FEWER_THAN_TWO);
        }
        if (isConstant(pairs.predicted)) {
            return MetricValue.undefined(MetricReasons.CONSTANT_PREDICTIONS);
        }
        if (isConstant(pairs.truth)) {
            return MetricValue.undefined(MetricReasons.CONSTANT_LABELS);
        }
        double meanTruth = mean(pairs.truth);
        double meanPredicted = mean(pairs.predicted);
        double cross = 0.0;
        double truthSquares = 0.0;
        double predictedSquares = 0.0;
        for (int i = 0; i < pairs.size(); i++) {
            double t = pairs.truth[i] - meanTruth;
            double p = pairs.predicted[i] - meanPredicted;
            cross += t * p;
            truthSquares += t * t;
            predictedSquares += p * p;
        }
        double r = cross / (Math.sqrt(truthSquares) * Math.sqrt(predictedSquares));
        return MetricValue.of(Math.max(-1.0, Math.min(1.0, r)));
    }

    private static boolean isConstant(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static double mean(double[] values) {
        double sum = 0.0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double sumOfSquaredDeviations(double[] values) {
        double mean = mean(values);
        double sum = 0.0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum;
    }
}
