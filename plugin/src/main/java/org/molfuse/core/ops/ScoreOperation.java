package org.molfuse.core.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.eval.Metric;
import org.molfuse.core.eval.MetricValue;
import org.molfuse.core.eval.MultiTaskMetrics;
import org.molfuse.core.eval.MultiTaskResult;

/**
 * Scores prediction columns against truth columns, one task per (truth, prediction) pair. Missing truth cells are
 * masked out; a metric that is undefined for the data comes back as NaN with its reason.
 */
public final class ScoreOperation {

    /** Metrics used when none are asked for, chosen from the truth labels. */
    public static final List<Metric> DEFAULT_REGRESSION = List.of(Metric.RMSE, Metric.MAE, Metric.R2, Metric.PEARSON);
    public static final List<Metric> DEFAULT_CLASSIFICATION =
            List.of(Metric.ROC_AUC, Metric.PR_AUC, Metric.AVERAGE_PRECISION, Metric.ACCURACY, Metric.F1);

    /** Per metric: the value over all tasks (the macro average, or the single task's value) and each task's. */
    public record Score(Metric metric, MetricValue overall, Map<String, MetricValue> perTask) {
    }

    private ScoreOperation() {
    }

    public static List<Score> score(Table table, List<String> truthColumns, List<String> predictionColumns,
            List<Metric> requestedMetrics) {
        if (truthColumns.isEmpty()) {
            throw new IllegalArgumentException("--truth: at least one truth column is required");
        }
        if (truthColumns.size() != predictionColumns.size()) {
            throw new IllegalArgumentException("--truth and --prediction must come in pairs: got "
                    + truthColumns.size() + " truth and " + predictionColumns.size() + " prediction columns");
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("the input table has no rows to score");
        }
        int tasks = truthColumns.size();
        int rows = table.rowCount();
        double[][] truth = new double[rows][tasks];
        double[][] predicted = new double[rows][tasks];
        for (int task = 0; task < tasks; task++) {
            double[] truthValues = numbers(table, truthColumns.get(task));
            double[] predictedValues = numbers(table, predictionColumns.get(task));
            for (int row = 0; row < rows; row++) {
                truth[row][task] = truthValues[row];
                predicted[row][task] = predictedValues[row];
            }
        }
        List<Metric> metrics = requestedMetrics.isEmpty()
                ? (isBinary(truth) ? DEFAULT_CLASSIFICATION : DEFAULT_REGRESSION)
                : requestedMetrics;

        List<Score> scores = new ArrayList<>();
        for (Metric metric : metrics) {
            scores.add(switch (metric.input()) {
                case PER_TASK -> perTask(metric, truthColumns, truth, predicted);
                case LABEL_MATRIX -> new Score(metric, metric.evaluateLabelMatrix(truth, predicted), Map.of());
                case RANKING -> throw new IllegalArgumentException("--metric " + metric.name()
                        + " ranks candidates for each query and needs a score matrix, not truth/prediction columns");
            });
        }
        return scores;
    }

    private static Score perTask(Metric metric, List<String> taskNames, double[][] truth, double[][] predicted) {
        MultiTaskResult result = MultiTaskMetrics.evaluate(metric, taskNames, truth, predicted);
        MetricValue overall = taskNames.size() == 1 ? result.perTask().get(taskNames.get(0)) : result.macroAverage();
        return new Score(metric, overall, new LinkedHashMap<>(result.perTask()));
    }

    private static double[] numbers(Table table, String column) {
        return table.numberColumn(column).toArray(Double.NaN);
    }

    private static boolean isBinary(double[][] truth) {
        for (double[] row : truth) {
            for (double value : row) {
                if (!Double.isNaN(value) && value != 0.0 && value != 1.0) {
                    return false;
                }
            }
        }
        return true;
    }
}
