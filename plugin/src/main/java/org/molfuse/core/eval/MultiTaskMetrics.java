package org.molfuse.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates a per-task metric on every column of [rows x tasks] truth and prediction matrices.
 *
 * <p>The macro average is the plain mean over the tasks where the metric is defined; undefined tasks (for example a
 * classification task with one class) are skipped in the average and listed in
 * {@link MultiTaskResult#undefinedTasks()}. When no task is defined the average is NaN with a reason that quotes each
 * task's reason.
 */
public final class MultiTaskMetrics {

    private MultiTaskMetrics() {
    }

    public static MultiTaskResult evaluate(Metric metric, List<String> taskNames, double[][] truth,
            double[][] predicted) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(taskNames, "taskNames");
        if (metric.input() != Metric.Input.PER_TASK) {
            throw new IllegalArgumentException("metric '" + metric.name() + "' is not evaluated per task");
        }
        requireShape("truth", truth, taskNames.size());
        requireShape("predictions", predicted, taskNames.size());
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " rows but predictions have "
                    + predicted.length);
        }
        if (taskNames.stream().distinct().count() != taskNames.size()) {
            throw new IllegalArgumentException("task names must be unique, got " + taskNames);
        }
        Map<String, MetricValue> perTask = new LinkedHashMap<>();
        List<String> undefined = new ArrayList<>();
        double sum = 0.0;
        int defined = 0;
        for (int task = 0; task < taskNames.size(); task++) {
            MetricValue value = metric.evaluate(column(truth, task), column(predicted, task));
            perTask.put(taskNames.get(task), value);
            if (value.isDefined()) {
                sum += value.value();
                defined++;
            } else {
                undefined.add(taskNames.get(task));
            }
        }
        MetricValue average = defined > 0
                ? MetricValue.of(sum / defined)
                : MetricValue.undefined(noDefinedTaskReason(metric, perTask));
        return new MultiTaskResult(perTask, average, undefined);
    }

    private static String noDefinedTaskReason(Metric metric, Map<String, MetricValue> perTask) {
        if (perTask.isEmpty()) {
            return "no tasks";
        }
        StringBuilder reason = new StringBuilder(metric.name()).append(" is undefined on every task (");
        perTask.forEach((task, value) -> reason.append(task).append(": ").append(value.reason()).append("; "));
        reason.setLength(reason.length() - 2);
        return reason.append(')').toString();
    }

    private static void requireShape(String what, double[][] matrix, int tasks) {
        Objects.requireNonNull(matrix, what);
        for (int row = 0; row < matrix.length; row++) {
            if (matrix[row] == null || matrix[row].length != tasks) {
                throw new IllegalArgumentException(what + " row " + row + " has "
                        + (matrix[row] == null ? "no" : String.valueOf(matrix[row].length))
                        + " values, expected one per task (" + tasks + ")");
            }
        }
    }

    private static double[] column(double[][] matrix, int task) {
        double[] values = new double[matrix.length];
        for (int row = 0; row < matrix.length; row++) {
            values[row] = matrix[row][task];
        }
        return values;
    }
}
