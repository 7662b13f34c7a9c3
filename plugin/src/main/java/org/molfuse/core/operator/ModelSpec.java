package org.molfuse.core.operator;

import java.util.List;
import java.util.Objects;
import org.molfuse.core.train.TaskKind;

/**
 * What is known about a trained model without loading its weights.
 *
 * @param modelType     the family ("gnn"), so that a predictor can refuse a model it cannot run
 * @param taskNames     one name per output, the label columns it was trained on
 * @param taskKinds     regression or classification, per task
 * @param embeddingSize width of the molecule embedding the model can output, 0 if none
 */
public record ModelSpec(String modelType, List<String> taskNames, List<TaskKind> taskKinds, int embeddingSize)
        implements PortSpec {

    public ModelSpec {
        Objects.requireNonNull(modelType, "modelType");
        taskNames = List.copyOf(taskNames);
        taskKinds = List.copyOf(taskKinds);
        if (taskNames.size() != taskKinds.size()) {
            throw new IllegalArgumentException("a model spec needs one kind per task");
        }
    }
}
