package org.molfuse.core.train;

import java.util.Objects;
import org.molfuse.core.data.TaskType;
import org.molfuse.core.eval.Metric;

/** What a model output column predicts: a real value, or the logit of a binary 0/1 label. */
public enum TaskKind {
    /** A real-valued target, trained with MSE on standardized values. */
    REGRESSION,
    /** A 0/1 label, trained with binary cross-entropy on the logit; predictions are probabilities. */
    BINARY_CLASSIFICATION;

    /** The kind for a dataset task type (MoleculeNet's classification tasks are binary). */
    public static TaskKind of(TaskType type) {
        Objects.requireNonNull(type, "type");
        return type == TaskType.REGRESSION ? REGRESSION : BINARY_CLASSIFICATION;
    }

    /** Whether a metric of this kind scores tasks of this kind. */
    boolean isScoredBy(Metric metric) {
        return metric.kind() == (this == REGRESSION ? Metric.Kind.REGRESSION : Metric.Kind.CLASSIFICATION);
    }

    /** The lower-case label used in messages and files: "regression" or "binary classification". */
    public String label() {
        return this == REGRESSION ? "regression" : "binary classification";
    }
}
