package org.molfuse.core.train;

import java.util.List;

/** Checks on [rows x tasks] label matrices with NaN for a missing label. */
final class LabelMatrix {

    private LabelMatrix() {
    }

    static void requireShape(String what, float[][] matrix, int tasks) {
        if (matrix == null) {
            throw new IllegalArgumentException(what + " are missing");
        }
        for (int row = 0; row < matrix.length; row++) {
            if (matrix[row] == null || matrix[row].length != tasks) {
                throw new IllegalArgumentException(what + " row " + row + " has "
                        + (matrix[row] == null ? "no" : String.valueOf(matrix[row].length))
                        + " values, expected one per task (" + tasks + ")");
            }
        }
    }

    /** Labels must be finite or NaN; binary classification labels must be 0, 1 or NaN. */
    static void requireValidLabels(String what, float[][] labels, List<TaskKind> tasks) {
        requireShape(what + " labels", labels, tasks.size());
        for (int row = 0; row < labels.length; row++) {
            for (int task = 0; task < tasks.size(); task++) {
                float label = labels[row][task];
                if (Float.isNaN(label)) {
                    continue;
                }
                if (Float.isInfinite(label)) {
                    throw new IllegalArgumentException(what + " example " + row + ", task " + task + ": label "
                            + label + " is not finite (use NaN for a missing label)");
                }
                if (tasks.get(task) == TaskKind.BINARY_CLASSIFICATION && label != 0f && label != 1f) {
                    throw new IllegalArgumentException(what + " example " + row + ", task " + task
                            + " (binary classification): label " + label + " is not 0 or 1");
                }
            }
        }
    }

    static int presentCount(float[][] labels) {
        int present = 0;
        for (float[] row : labels) {
            for (float label : row) {
                if (!Float.isNaN(label)) {
                    present++;
                }
            }
        }
        return present;
    }
}
