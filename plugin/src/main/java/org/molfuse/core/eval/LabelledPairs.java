package org.molfuse.core.eval;

import java.util.Arrays;

/**
 * The entries of a truth / prediction pair that carry a label (truth not NaN), or the reason they cannot be scored.
 * A labelled entry without a prediction (NaN) makes the whole pair unscorable rather than being silently dropped.
 */
final class LabelledPairs {

    final double[] truth;
    final double[] predicted;
    /** Original index of each kept entry, for messages. */
    final int[] indexes;
    final String problem;
    /** What an index counts in messages: "row" for a task column, "column" for a sample of a label matrix. */
    private final String item;

    private LabelledPairs(double[] truth, double[] predicted, int[] indexes, String problem, String item) {
        this.truth = truth;
        this.predicted = predicted;
        this.indexes = indexes;
        this.problem = problem;
        this.item = item;
    }

    static LabelledPairs of(double[] truth, double[] predicted) {
        return of(truth, predicted, "row");
    }

    static LabelledPairs of(double[] truth, double[] predicted, String item) {
        if (truth == null || predicted == null) {
            throw new IllegalArgumentException("truth and predictions must not be null");
        }
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " " + item + "s but predictions have "
                    + predicted.length);
        }
        double[] keptTruth = new double[truth.length];
        double[] keptPredicted = new double[truth.length];
        int[] keptIndexes = new int[truth.length];
        int kept = 0;
        for (int i = 0; i < truth.length; i++) {
            if (Double.isNaN(truth[i])) {
                continue;
            }
            if (Double.isNaN(predicted[i])) {
                return failed("missing prediction (NaN) for the labelled " + item + " " + i, item);
            }
            keptTruth[kept] = truth[i];
            keptPredicted[kept] = predicted[i];
            keptIndexes[kept] = i;
            kept++;
        }
        if (kept == 0) {
            return failed(MetricReasons.NO_LABELS, item);
        }
        return new LabelledPairs(Arrays.copyOf(keptTruth, kept), Arrays.copyOf(keptPredicted, kept),
                Arrays.copyOf(keptIndexes, kept), null, item);
    }

    private static LabelledPairs failed(String problem, String item) {
        return new LabelledPairs(null, null, null, problem, item);
    }

    int size() {
        return truth.length;
    }

    /** Null when every label is 0 or 1, else a reason naming the first offending label. */
    String binaryLabelProblem() {
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] != 0.0 && truth[i] != 1.0) {
                return "label " + truth[i] + " in " + item + " " + indexes[i] + " is not a binary class label (0 or 1)";
            }
        }
        return null;
    }
}
