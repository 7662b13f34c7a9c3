package org.molfuse.core.operator.learners;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.TableSpec;
import org.molfuse.core.ops.GnnArchitecture;
import org.molfuse.core.ops.GnnPredictOperation;
import org.molfuse.core.ops.PredictionColumns;
import org.molfuse.core.train.ModelBundle;

/**
 * Predicts with a model from the GNN Learner: one column per task (values for regression, probabilities of the
 * positive class for classification), optionally the molecule embedding. Invalid SMILES keep their row with missing
 * predictions that carry the reason.
 */
public final class GnnPredictorOperator implements Operator {

    static final String APPEND_EMBEDDING = "append_embedding";
    static final String BATCH_SIZE = "batch_size";

    @Override
    public String name() {
        return "GNN Predictor";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.LEARNERS;
    }

    @Override
    public String summary() {
        return "Predicts molecular properties with a graph neural network trained by the GNN Learner.";
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of(PortDefinition.model("Model", "A model from the GNN Learner."),
                PortDefinition.table("Molecules", "The molecules to predict, as SMILES."));
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.table("Predictions",
                "The input table with one prediction column per task (named after the task with '"
                        + PredictionColumns.SUFFIX + "'), and the embedding if asked for."));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(1),
                new Parameter.Flag(APPEND_EMBEDDING, "Append molecule embedding",
                        "Also append the learned molecule vector (the readout the prediction head sees), for "
                                + "similarity search, fusion or distillation.", false),
                new Parameter.Int(BATCH_SIZE, "Batch size",
                        "Molecules per forward pass; larger is faster and needs more memory.", 256, 1, 100_000));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        ModelSpec model = Operators.modelSpecAt(inputs, 0);
        TableSpec table = Operators.tableSpecAt(inputs, 1);
        if (model != null && !GnnLearnerOperator.MODEL_TYPE.equals(model.modelType())) {
            throw new InvalidParameterException("the model at input 1 is a '" + model.modelType()
                    + "' model; the GNN Predictor runs models of the GNN Learner");
        }
        if (model == null || table == null) {
            return Collections.singletonList(null);
        }
        List<ColumnSpec> added = new ArrayList<>();
        for (String task : model.taskNames()) {
            added.add(new ColumnSpec(task + PredictionColumns.SUFFIX, ColumnType.DOUBLE));
        }
        if (values.flag(APPEND_EMBEDDING)) {
            added.add(new ColumnSpec(GnnPredictOperation.EMBEDDING, ColumnType.DOUBLE_VECTOR));
        }
        return List.of(table.append(added));
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        configure(List.of(inputs.get(0).spec(), inputs.get(1).spec()), values);
        PortValue.ModelValue model = Operators.modelAt(inputs, 0);
        Table table = Operators.tableAt(inputs, 1);
        control.progress(0, "predicting " + table.rowCount() + " molecules");
        Table predicted = TorchRuntime.withBundleClassLoader(() -> {
            try (NDManager manager = TorchRuntime.newManager()) {
                ModelBundle bundle = ModelBundle.fromBytes(model.bundle(), "at the model input",
                        GnnArchitecture.factory(), manager);
                return GnnPredictOperation.execute(table, values.string(CommonParameters.SMILES_COLUMN), bundle,
                        manager, values.integer(BATCH_SIZE), values.flag(APPEND_EMBEDDING), control.cancellation());
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        return List.of(PortValue.of(predicted));
    }
}
