package org.molfuse.core.eval;

/** The reasons given for undefined metric values, shared so callers and tests can recognise them. */
public final class MetricReasons {

    public static final String NO_LABELS = "no labels";
    public static final String ONE_CLASS = "only one class present in the labels";
    public static final String FEWER_THAN_TWO = "fewer than two labels";
    public static final String CONSTANT_PREDICTIONS = "zero variance in predictions";
    public static final String CONSTANT_LABELS = "zero variance in labels";
    public static final String NO_POSITIVES_PREDICTED_OR_LABELLED = "no positive labels and no positive predictions";

    private MetricReasons() {
    }
}
