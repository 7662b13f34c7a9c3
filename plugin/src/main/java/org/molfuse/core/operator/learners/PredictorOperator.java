package org.molfuse.core.operator.learners;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.TableSpec;
import org.molfuse.core.ops.PredictionColumns;

/**
 * What every predictor node does, whatever its model: a learner's model and a table of SMILES in, the table out with
 * one column per task (values for regression, probabilities of the positive class for classification) and, if asked,
 * the model's molecule vector. Invalid SMILES keep their row with missing predictions that carry the reason. A
 * subclass names its learner and reads its models.
 */
public abstract class PredictorOperator implements Operator {

    static final String APPEND_EMBEDDING = "append_embedding";
    static final String BATCH_SIZE = "batch_size";

    /** The model type the learner writes into its model port. */
    protected abstract String modelType();

    /** The learner node whose models this predictor runs. */
    protected abstract String learnerName();

    /** Name of the appended embedding column. */
    protected abstract String embeddingColumn();

    /** What the embedding is, for the setting's description. */
    protected abstract String embeddingDescription();

    protected abstract int defaultBatchSize();

    /**
     * Reads the model from its bundle bytes into {@code manager} and predicts {@code table}. Runs with the bundle's
     * class loader as context class loader.
     */
    protected abstract Table predict(byte[] bundle, Table table, String smilesColumn, int batchSize,
            boolean withEmbedding, BooleanSupplier cancelled, NDManager manager) throws IOException;

    @Override
    public final List<PortDefinition> inputs() {
        return List.of(PortDefinition.model("Model", "A model from the " + learnerName() + "."),
                PortDefinition.table("Molecules", "The molecules to predict, as SMILES."));
    }

    @Override
    public final List<PortDefinition> outputs() {
        return List.of(PortDefinition.table("Predictions",
                "The input table with one prediction column per task (named after the task with '"
                        + PredictionColumns.SUFFIX + "'), and the embedding if asked for."));
    }

    @Override
    public final List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(1),
                new Parameter.Flag(APPEND_EMBEDDING, "Append molecule embedding",
                        "Also append " + embeddingDescription() + ", for similarity search, fusion or distillation.",
                        false),
                new Parameter.Int(BATCH_SIZE, "Batch size",
                        "Molecules per forward pass; larger is faster and needs more memory.", defaultBatchSize(), 1,
                        100_000));
    }

    @Override
    public final List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        ModelSpec model = Operators.modelSpecAt(inputs, 0);
        TableSpec table = Operators.tableSpecAt(inputs, 1);
        if (model != null && !modelType().equals(model.modelType())) {
            throw new InvalidParameterException("the model at input 1 is a '" + model.modelType() + "' model; the "
                    + name() + " runs models of the " + learnerName());
        }
        if (model == null || table == null) {
            return Collections.singletonList(null);
        }
        List<ColumnSpec> added = new ArrayList<>();
        for (String task : model.taskNames()) {
            added.add(new ColumnSpec(task + PredictionColumns.SUFFIX, ColumnType.DOUBLE));
        }
        if (values.flag(APPEND_EMBEDDING)) {
            added.add(new ColumnSpec(embeddingColumn(), ColumnType.DOUBLE_VECTOR));
        }
        return List.of(table.append(added));
    }

    @Override
    public final List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        configure(List.of(inputs.get(0).spec(), inputs.get(1).spec()), values);
        PortValue.ModelValue model = Operators.modelAt(inputs, 0);
        Table table = Operators.tableAt(inputs, 1);
        control.progress(0, "predicting " + table.rowCount() + " molecules");
        Table predicted = TorchRuntime.withBundleClassLoader(() -> {
            try (NDManager manager = TorchRuntime.newManager()) {
                return predict(model.bundle(), table, values.string(CommonParameters.SMILES_COLUMN),
                        values.integer(BATCH_SIZE), values.flag(APPEND_EMBEDDING), control.cancellation(), manager);
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        return List.of(PortValue.of(predicted));
    }
}
