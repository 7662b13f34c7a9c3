package org.molfuse.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A named metric: stable lowercase name, the kind of task it scores, whether higher is better (for early stopping
 * and model selection) and the shape of input it takes.
 *
 * <p>Names: rmse, mae, r2, pearson, roc_auc, pr_auc, average_precision, accuracy, f1, lrap, mrr and hits@k with a
 * positive integer k (e.g. "hits@10"). Accuracy and F1 use the default threshold 0.5.
 */
public final class Metric {

    /** The task a metric scores. */
    public enum Kind { REGRESSION, CLASSIFICATION, RETRIEVAL }

    /** What a metric is computed from, i.e. which evaluate method applies. */
    public enum Input {
        /** One truth and one prediction vector per task: {@link #evaluate(double[], double[])}. */
        PER_TASK,
        /** A [samples x labels] 0/1 matrix and scores: {@link #evaluateLabelMatrix(double[][], double[][])}. */
        LABEL_MATRIX,
        /** A [queries x candidates] score matrix and correct indexes: {@link #evaluateRanking(double[][], int[])}. */
        RANKING
    }

    public static final Metric RMSE = perTask("rmse", Kind.REGRESSION, false, RegressionMetrics::rmse);
    public static final Metric MAE = perTask("mae", Kind.REGRESSION, false, RegressionMetrics::mae);
    public static final Metric R2 = perTask("r2", Kind.REGRESSION, true, RegressionMetrics::r2);
    public static final Metric PEARSON = perTask("pearson", Kind.REGRESSION, true, RegressionMetrics::pearson);
    public static final Metric ROC_AUC = perTask("roc_auc", Kind.CLASSIFICATION, true, ClassificationMetrics::rocAuc);
    public static final Metric PR_AUC = perTask("pr_auc", Kind.CLASSIFICATION, true, ClassificationMetrics::prAuc);
    public static final Metric AVERAGE_PRECISION =
            perTask("average_precision", Kind.CLASSIFICATION, true, ClassificationMetrics::averagePrecision);
    public static final Metric ACCURACY =
            perTask("accuracy", Kind.CLASSIFICATION, true, ClassificationMetrics::accuracy);
    public static final Metric F1 = perTask("f1", Kind.CLASSIFICATION, true, ClassificationMetrics::f1);
    public static final Metric LRAP = new Metric("lrap", Kind.CLASSIFICATION, true, Input.LABEL_MATRIX, null, 0);
    public static final Metric MRR = new Metric("mrr", Kind.RETRIEVAL, true, Input.RANKING, null, 0);

    private static final List<Metric> FIXED =
            List.of(RMSE, MAE, R2, PEARSON, ROC_AUC, PR_AUC, AVERAGE_PRECISION, ACCURACY, F1, LRAP, MRR);
    private static final String HITS_PREFIX = "hits@";

    private final String name;
    private final Kind kind;
    private final boolean higherIsBetter;
    private final Input input;
    private final BiFunction<double[], double[], MetricValue> perTaskFunction;
    private final int k;

    private Metric(String name, Kind kind, boolean higherIsBetter, Input input,
            BiFunction<double[], double[], MetricValue> perTaskFunction, int k) {
        this.name = name;
        this.kind = kind;
        this.higherIsBetter = higherIsBetter;
        this.input = input;
        this.perTaskFunction = perTaskFunction;
        this.k = k;
    }

    private static Metric perTask(String name, Kind kind, boolean higherIsBetter,
            BiFunction<double[], double[], MetricValue> function) {
        return new Metric(name, kind, higherIsBetter, Input.PER_TASK, function, 0);
    }

    /** Hits@k: the fraction of queries whose correct candidate ranks within the top k. */
    public static Metric hitsAt(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("hits@k needs k >= 1, got " + k);
        }
        return new Metric(HITS_PREFIX + k, Kind.RETRIEVAL, true, Input.RANKING, null, k);
    }

    /** The metric of a name (case and surrounding blanks ignored); an unknown name lists the valid ones. */
    public static Metric parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Metric metric : FIXED) {
            if (metric.name.equals(key)) {
                return metric;
            }
        }
        if (key.startsWith(HITS_PREFIX)) {
            String digits = key.substring(HITS_PREFIX.length());
            if (digits.matches("[0-9]{1,9}") && Integer.parseInt(digits) >= 1) {
                return hitsAt(Integer.parseInt(digits));
            }
            throw new IllegalArgumentException("metric '" + name + "' needs a positive integer k after 'hits@', "
                    + "e.g. hits@10");
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; valid metrics: "
                + String.join(", ", validNames()));
    }

    /** The valid names, with "hits@k" standing for every positive k. */
    public static List<String> validNames() {
        List<String> names = new ArrayList<>();
        for (Metric metric : FIXED) {
            names.add(metric.name);
        }
        names.add(HITS_PREFIX + "k");
        return List.copyOf(names);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public Input input() {
        return input;
    }

    /** For a {@link Input#PER_TASK} metric: its value on one task (NaN truth masked). */
    public MetricValue evaluate(double[] truth, double[] predicted) {
        requireInput(Input.PER_TASK);
        return perTaskFunction.apply(truth, predicted);
    }

    /** For {@link #LRAP}: its value on a [samples x labels] 0/1 matrix (NaN labels masked). */
    public MetricValue evaluateLabelMatrix(double[][] truth, double[][] scores) {
        requireInput(Input.LABEL_MATRIX);
        return ClassificationMetrics.lrap(truth, scores);
    }

    /** For {@link #MRR} and hits@k: the value on a [queries x candidates] score matrix (negative index = skip). */
    public MetricValue evaluateRanking(double[][] scores, int[] correctCandidate) {
        requireInput(Input.RANKING);
        return k == 0
                ? RetrievalMetrics.mrr(scores, correctCandidate)
                : RetrievalMetrics.hitsAtK(scores, correctCandidate, k);
    }

    private void requireInput(Input expected) {
        if (input != expected) {
            throw new UnsupportedOperationException("metric '" + name + "' takes " + input + " input, not "
                    + expected);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Metric that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
