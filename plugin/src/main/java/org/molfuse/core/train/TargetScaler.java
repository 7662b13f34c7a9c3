package org.molfuse.core.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Per-task standardization of labels, {@code (y - mean) / std}, fitted on training labels with NaN (missing)
 * ignored, as chemprop's StandardScaler: population std; a task with no labels gets mean 0, a task with std 0 (or no
 * labels) gets std 1. Classification tasks are never scaled (mean 0, std 1). NaN labels stay NaN. Graph models
 * standardize their whole-molecule input features the same way, one regression "task" per feature.
 */
public record TargetScaler(double[] means, double[] stds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TargetScaler {
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(stds, "stds");
        if (means.length != stds.length) {
            throw new IllegalArgumentException("a target scaler needs one mean and one std per task, got "
                    + means.length + " means and " + stds.length + " stds");
        }
        for (int task = 0; task < means.length; task++) {
            if (!Double.isFinite(means[task]) || !Double.isFinite(stds[task]) || stds[task] <= 0) {
                throw new IllegalArgumentException("task " + task + " has mean " + means[task] + " and std "
                        + stds[task] + "; a target scaler needs a finite mean and a positive finite std");
            }
        }
        means = means.clone();
        stds = stds.clone();
    }

    /** The scaler that leaves every task unchanged. */
    public static TargetScaler identity(int tasks) {
        double[] ones = new double[tasks];
        Arrays.fill(ones, 1.0);
        return new TargetScaler(new double[tasks], ones);
    }

    /** Fits regression tasks on a [rows x tasks] label matrix (NaN = missing); classification tasks stay unscaled. */
    public static TargetScaler fit(float[][] labels, List<TaskKind> tasks) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(tasks, "tasks");
        LabelMatrix.requireShape("labels", labels, tasks.size());
        double[] means = new double[tasks.size()];
        double[] stds = new double[tasks.size()];
        for (int task = 0; task < tasks.size(); task++) {
            stds[task] = 1.0;
            if (tasks.get(task) != TaskKind.REGRESSION) {
                continue;
            }
            double sum = 0;
            int count = 0;
            for (float[] row : labels) {
                if (!Float.isNaN(row[task])) {
                    sum += row[task];
                    count++;
                }
            }
            if (count == 0) {
                continue;
            }
            double mean = sum / count;
            double squares = 0;
            for (float[] row : labels) {
                if (!Float.isNaN(row[task])) {
                    squares += (row[task] - mean) * (row[task] - mean);
                }
            }
            double std = Math.sqrt(squares / count);
            means[task] = mean;
            stds[task] = std > 0 ? std : 1.0;
        }
        return new TargetScaler(means, stds);
    }

    public int taskCount() {
        return means.length;
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] stds() {
        return stds.clone();
    }

    /** {@code (y - mean) / std} per task; a new matrix, NaN stays NaN. */
    public float[][] transform(float[][] labels) {
        LabelMatrix.requireShape("labels", labels, taskCount());
        float[][] scaled = new float[labels.length][taskCount()];
        for (int row = 0; row < labels.length; row++) {
            for (int task = 0; task < taskCount(); task++) {
                scaled[row][task] = (float) ((labels[row][task] - means[task]) / stds[task]);
            }
        }
        return scaled;
    }

    /** {@code y * std + mean} per task; a new matrix. */
    public float[][] inverseTransform(float[][] scaled) {
        LabelMatrix.requireShape("predictions", scaled, taskCount());
        float[][] labels = new float[scaled.length][taskCount()];
        for (int row = 0; row < scaled.length; row++) {
            for (int task = 0; task < taskCount(); task++) {
                labels[row][task] = (float) (scaled[row][task] * stds[task] + means[task]);
            }
        }
        return labels;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a target scaler could not be written as JSON", e);
        }
    }

    public static TargetScaler fromJson(String json) {
        try {
            return JSON.readValue(json, TargetScaler.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a target scaler: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetScaler that && Arrays.equals(means, that.means)
                && Arrays.equals(stds, that.stds);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(means) + Arrays.hashCode(stds);
    }

    @Override
    public String toString() {
        return "TargetScaler[means=" + Arrays.toString(means) + ", stds=" + Arrays.toString(stds) + "]";
    }
}
