package org.molfuse.core.operator.languagemodels;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.eval.Split;
import org.molfuse.core.eval.SplitFractions;
import org.molfuse.core.lm.PretrainedEncoder;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.learners.LearnerTables;
import org.molfuse.core.ops.LearnResult;
import org.molfuse.core.ops.LmLearnOperation;
import org.molfuse.core.ops.SplitOperation;
import org.molfuse.core.train.EpochRecord;
import org.molfuse.core.train.TaskKind;
import org.molfuse.core.train.TrainingConfig;

/**
 * Fine-tunes a pretrained SMILES language model to predict molecular properties, as the GNN Learner trains a graph
 * model: the same targets, task types, masked multi-task loss and best-epoch choice on the validation table. The
 * pretrained model comes from the optional model input, the model file setting or the shipped default; its weights
 * are not changed. Molecules with invalid SMILES are left out and counted.
 */
public final class LmLearnerOperator implements Operator {

    /** The model family written into the model port, checked by the LM Predictor. */
    public static final String MODEL_TYPE = "lm";

    static final String MODE = "mode";
    static final String LORA_RANK = "lora_rank";
    static final String POOLING = "pooling";
    static final String HEAD_HIDDEN_SIZE = "head_hidden_size";
    static final String HEAD_LAYERS = "head_layers";
    static final String DROPOUT = "dropout";
    static final String EPOCHS = "epochs";
    static final String BATCH_SIZE = "batch_size";
    static final String LEARNING_RATE = "learning_rate";

    @Override
    public String name() {
        return "LM Learner";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.LANGUAGE_MODELS;
    }

    @Override
    public String summary() {
        return "Fine-tunes a pretrained SMILES language model to predict molecular properties.";
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of(LearnerTables.trainingPort(), LearnerTables.validationPort(),
                PretrainedModelInput.port());
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.model("Model", "The fine-tuned model with its tokenizer and target scaling."),
                LearnerTables.historyPort());
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0), LearnerTables.targetColumns(), LearnerTables.taskType(),
                PretrainedModelInput.fileParameter(),
                new Parameter.Choice(MODE, "Fine-tuning mode",
                        "full: every weight of the encoder moves; frozen: the encoder stays as pretrained and only "
                                + "the head learns (fast); lora: the head and low-rank adapters on the attention's "
                                + "query and value projections learn.", "full", List.of("full", "frozen", "lora")),
                new Parameter.Int(LORA_RANK, "LoRA rank", "Rank of the adapters in lora mode.", 8, 1, 256),
                new Parameter.Choice(POOLING, "Pooling",
                        "cls: the final state of the [CLS] token; mean: the average state of the molecule's tokens.",
                        "cls", List.of("cls", "mean")),
                new Parameter.Int(HEAD_HIDDEN_SIZE, "Head hidden size",
                        "Width of the hidden layers of the prediction head.", 300, 1, 4096),
                new Parameter.Int(HEAD_LAYERS, "Head hidden layers",
                        "Number of hidden layers of the prediction head.", 1, 0, 10),
                new Parameter.Real(DROPOUT, "Dropout", "Dropout rate of the prediction head.", 0.1, 0, 0.9),
                new Parameter.Int(EPOCHS, "Epochs", "Passes over the training data.", 30, 1, 10_000),
                new Parameter.Int(BATCH_SIZE, "Batch size", "Molecules per training step.", 32, 1, 100_000),
                new Parameter.Real(LEARNING_RATE, "Learning rate",
                        "Peak learning rate (linear warm-up over 2 epochs, then exponential decay to a tenth of it; "
                                + "gradients are clipped to norm 1); 0 picks the mode's: 1e-4 for full, 1e-3 for "
                                + "frozen and lora.", 0.0, 0.0, 1.0),
                CommonParameters.seed("head initialization, dropout and batch order"));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        List<String> targets = LearnerTables.targets(values);
        LearnerTables.checkValidation(Operators.tableSpecAt(inputs, 1), values, targets);
        ModelSpec pretrained = Operators.modelSpecAt(inputs, 2);
        PretrainedModelInput.check(pretrained, values, 2);
        List<TaskKind> kinds = LearnerTables.configuredKinds(values, targets);
        // the encoder's width is known before execution only from a connected model
        return Arrays.asList(kinds == null || pretrained == null ? null
                : new ModelSpec(MODEL_TYPE, targets, kinds, pretrained.embeddingSize()), LearnerTables.historySpec());
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        PortValue.ModelValue connected = Operators.optionalModelAt(inputs, 2);
        configure(Arrays.asList(inputs.get(0).spec(), inputs.get(1).spec(),
                connected == null ? null : connected.spec()), values);
        Table training = Operators.tableAt(inputs, 0);
        String smiles = values.string(CommonParameters.SMILES_COLUMN);
        List<String> targets = LearnerTables.targets(values);
        Table both = LearnerTables.stack(training, Operators.tableAt(inputs, 1), smiles, targets);
        List<TaskSpec> tasks = LearnerTables.tasks(both, targets, values);
        LmLearnOperation.Settings settings = settings(values, smiles, tasks);
        Split split = LearnerTables.split(training.rowCount(), both);

        int epochs = values.integer(EPOCHS);
        List<EpochRecord> history = new ArrayList<>();
        Trained trained = TorchRuntime.withBundleClassLoader(() -> {
            try (NDManager manager = TorchRuntime.newManager();
                    PretrainedEncoder pretrained = PretrainedModelInput.load(connected, values, manager)) {
                control.checkCancelled();
                LearnResult result = LmLearnOperation.execute(both, pretrained, settings, split, manager, epoch -> {
                    history.add(epoch);
                    control.progress((double) epoch.epoch() / epochs, LearnerTables.progressMessage(epoch, epochs));
                }, control.cancellation());
                // the weights live in the manager: serialize before it closes
                return new Trained(result, result.bundle().toBytes(), pretrained.config().hiddenSize());
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        if (trained.result().invalidMolecules() > 0) {
            control.warning(trained.result().invalidMolecules() + " molecules with invalid SMILES were left out of "
                    + "training and validation");
        }
        List<TaskKind> kinds = tasks.stream().map(task -> TaskKind.of(task.type())).toList();
        ModelSpec spec = new ModelSpec(MODEL_TYPE, targets, kinds, trained.hiddenSize());
        return List.of(new PortValue.ModelValue(spec, trained.bundle()),
                PortValue.of(LearnerTables.historyTable(history)));
    }

    /** A training result, its model's bundle bytes and the encoder's width. */
    private record Trained(LearnResult result, byte[] bundle, int hiddenSize) {
    }

    private static LmLearnOperation.Settings settings(ParameterValues values, String smiles, List<TaskSpec> tasks) {
        LmLearnOperation.Mode mode = LmLearnOperation.Mode.parse(values.string(MODE));
        TrainingConfig training = LmLearnOperation.Settings.training(mode, values.real(LEARNING_RATE))
                .withEpochs(values.integer(EPOCHS)).withBatchSize(values.integer(BATCH_SIZE))
                .withSeed(values.integer(CommonParameters.SEED));
        // the split is given by the two input tables; method and fractions are not used
        return new LmLearnOperation.Settings(smiles, tasks, mode, values.integer(LORA_RANK),
                SmilesLmPredictor.Pooling.parse(values.string(POOLING)), values.integer(HEAD_HIDDEN_SIZE),
                values.integer(HEAD_LAYERS), (float) values.real(DROPOUT), SplitOperation.Method.RANDOM,
                SplitFractions.defaults(), training);
    }
}
