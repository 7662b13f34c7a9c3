package org.molfuse.core.ops;

import java.util.List;
import java.util.Map;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.eval.Metric;
import org.molfuse.core.eval.MetricValue;
import org.molfuse.core.eval.Split;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.TrainingResult;

/**
 * What a learner (graph network or language model) produced: the trained model, how training went, the split used
 * and the test scores; {@code invalidMolecules} were left out of the split's rows.
 */
public record LearnResult(ModelBundle bundle, TrainingResult training, Split split, Metric metric,
        MetricValue testScore, Map<String, MetricValue> testScorePerTask, int invalidMolecules,
        int trainingMolecules) {

    /** The learners' task list: at least one, as an immutable copy. */
    static List<TaskSpec> requireTasks(List<TaskSpec> tasks) {
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalArgumentException("at least one task column is needed (COLUMN:regression|classification)");
        }
        return List.copyOf(tasks);
    }
}
