package org.molfuse.core.operator.learners;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.molfuse.core.chem.MoleculeFeatures;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.eval.Split;
import org.molfuse.core.eval.SplitFractions;
import org.molfuse.core.nn.LayerType;
import org.molfuse.core.nn.ReadoutType;
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
import org.molfuse.core.ops.GnnArchitecture;
import org.molfuse.core.ops.GnnLearnOperation;
import org.molfuse.core.ops.GraphFeaturizerSpec;
import org.molfuse.core.ops.LearnResult;
import org.molfuse.core.ops.SplitOperation;
import org.molfuse.core.train.EpochRecord;
import org.molfuse.core.train.LearningRateConfig;
import org.molfuse.core.train.TaskKind;
import org.molfuse.core.train.TrainingConfig;

/**
 * Trains a graph neural network (chemprop's D-MPNN by default) on the training table, keeping the weights of the
 * epoch with the best validation metric. Several target columns make one multi-task model; a missing label only
 * removes that task of that molecule from the loss. Molecules with invalid SMILES are left out and counted.
 */
public final class GnnLearnerOperator implements Operator {

    /** The model family written into the model port, checked by the predictor. */
    public static final String MODEL_TYPE = "gnn";

    static final String ARCHITECTURE = "architecture";
    static final String ATOM_FEATURES = "atom_features";
    static final String MOLECULE_FEATURES = "molecule_features";
    static final String HIDDEN_SIZE = "hidden_size";
    static final String DEPTH = "depth";
    static final String READOUT = "readout";
    static final String DROPOUT = "dropout";
    static final String HEAD_HIDDEN_SIZE = "head_hidden_size";
    static final String HEAD_LAYERS = "head_layers";
    static final String EPOCHS = "epochs";
    static final String BATCH_SIZE = "batch_size";
    static final String LEARNING_RATE = "learning_rate";
    static final String ENSEMBLE_SIZE = "ensemble_size";

    @Override
    public String name() {
        return "GNN Learner";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.LEARNERS;
    }

    @Override
    public String summary() {
        return "Trains a graph neural network (D-MPNN, GCN, GIN, GINE or NNConv) to predict molecular properties.";
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of(LearnerTables.trainingPort(), LearnerTables.validationPort());
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.model("Model", "The trained model with its featurizer and target scaling."),
                LearnerTables.historyPort());
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0), LearnerTables.targetColumns(), LearnerTables.taskType(),
                new Parameter.Choice(ARCHITECTURE, "Architecture",
                        "dmpnn: chemprop's directed message passing on bonds; gcn: graph convolution; gin: graph "
                                + "isomorphism network; gine: GIN with bond features; nnconv: edge-conditioned "
                                + "convolution with a GRU (MPNN).",
                        "dmpnn", List.of("dmpnn", "gcn", "gin", "gine", "nnconv")),
                new Parameter.Choice(ATOM_FEATURES, "Atom and bond features",
                        "chemprop: 133 atom and 14 bond features; ogb: the Open Graph Benchmark categories.",
                        "chemprop", List.of("chemprop", "ogb")),
                new Parameter.Choice(MOLECULE_FEATURES, "Molecule features",
                        "Whole-molecule features joined to the learned molecule vector before the prediction head, "
                                + "standardized on the training molecules (chemprop's features generators). "
                                + "ecfp4: 2048 ECFP4 bits; ecfp4_counts: 2048 ECFP4 counts; descriptors: the "
                                + "eleven CDK descriptors of the Descriptors node; cdk_2d: 183 "
                                + "two-dimensional CDK descriptors. They help most on small data sets.",
                        "none", List.of("none", "ecfp4", "ecfp4_counts", "descriptors", "cdk_2d")),
                new Parameter.Int(HIDDEN_SIZE, "Hidden size", "Width of the message passing layers.", 300, 8, 4096),
                new Parameter.Int(DEPTH, "Message passing steps", "Number of message passing layers.", 3, 1, 20),
                new Parameter.Choice(READOUT, "Readout", "How atom states are pooled into one molecule vector.",
                        "mean", List.of("mean", "sum", "max", "attention", "set2set")),
                new Parameter.Real(DROPOUT, "Dropout", "Dropout rate in the encoder and head.", 0.0, 0, 0.9),
                new Parameter.Int(HEAD_HIDDEN_SIZE, "Head hidden size",
                        "Width of the hidden layers of the prediction head.", 300, 1, 4096),
                new Parameter.Int(HEAD_LAYERS, "Head hidden layers",
                        "Number of hidden layers of the prediction head.", 1, 0, 10),
                new Parameter.Int(EPOCHS, "Epochs", "Passes over the training data.", 30, 1, 10_000),
                new Parameter.Int(BATCH_SIZE, "Batch size", "Molecules per training step.", 50, 1, 100_000),
                new Parameter.Real(LEARNING_RATE, "Learning rate",
                        "Peak learning rate of chemprop's schedule (linear warm-up over 2 epochs, then exponential "
                                + "decay to a tenth of it).", 1e-3, 1e-6, 1),
                new Parameter.Int(ENSEMBLE_SIZE, "Ensemble size",
                        "Models trained one after another (the first with the random seed, the next with the seed "
                                + "plus 1, ...) whose predictions are averaged, as chemprop's ensembles; training "
                                + "takes this many times as long.",
                        1, 1, 20),
                CommonParameters.seed("weight initialization and batch order"));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        List<String> targets = LearnerTables.targets(values);
        LearnerTables.checkValidation(Operators.tableSpecAt(inputs, 1), values, targets);
        List<TaskKind> kinds = LearnerTables.configuredKinds(values, targets);
        return Arrays.asList(kinds == null ? null : new ModelSpec(MODEL_TYPE, targets, kinds,
                values.integer(HIDDEN_SIZE)), LearnerTables.historySpec());
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        Table training = Operators.tableAt(inputs, 0);
        Table validation = Operators.tableAt(inputs, 1);
        configure(List.of(inputs.get(0).spec(), inputs.get(1).spec()), values);
        String smiles = values.string(CommonParameters.SMILES_COLUMN);
        List<String> targets = LearnerTables.targets(values);
        Table both = LearnerTables.stack(training, validation, smiles, targets);
        List<TaskSpec> tasks = LearnerTables.tasks(both, targets, values);
        GnnLearnOperation.Settings settings = settings(values, smiles, tasks);
        Split split = LearnerTables.split(training.rowCount(), both);

        // an ensemble's members train one after another and number their epochs on
        int epochs = values.integer(EPOCHS) * settings.ensembleSize();
        List<EpochRecord> history = new ArrayList<>();
        Trained trained = TorchRuntime.withBundleClassLoader(() -> {
            try (NDManager manager = TorchRuntime.newManager()) {
                LearnResult result = GnnLearnOperation.execute(both, settings, split, manager, epoch -> {
                    history.add(epoch);
                    control.progress((double) epoch.epoch() / epochs, LearnerTables.progressMessage(epoch, epochs));
                }, control.cancellation());
                // the weights live in the manager: serialize before it closes
                return new Trained(result, result.bundle().toBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot serialize the trained model: " + e.getMessage(), e);
            }
        });
        LearnResult result = trained.result();
        if (result.invalidMolecules() > 0) {
            control.warning(result.invalidMolecules() + " molecules with invalid SMILES were left out of training "
                    + "and validation");
        }
        List<TaskKind> kinds = tasks.stream().map(task -> TaskKind.of(task.type())).toList();
        int embedding = GnnArchitecture.fromJson(result.bundle().architectureJson()).embeddingSize();
        ModelSpec spec = new ModelSpec(MODEL_TYPE, targets, kinds, embedding);
        return List.of(new PortValue.ModelValue(spec, trained.bundle()),
                PortValue.of(LearnerTables.historyTable(history)));
    }

    /** A training result and its model's bundle bytes. */
    private record Trained(LearnResult result, byte[] bundle) {
    }

    private static GnnLearnOperation.Settings settings(ParameterValues values, String smiles, List<TaskSpec> tasks) {
        int epochs = values.integer(EPOCHS);
        double rate = values.real(LEARNING_RATE);
        LearningRateConfig chemprop = LearningRateConfig.defaults();
        LearningRateConfig learningRate = chemprop
                .withRates(rate * chemprop.initLr() / chemprop.maxLr(), rate, rate * chemprop.finalLr() / chemprop.maxLr());
        TrainingConfig training = TrainingConfig.defaults().withLearningRate(learningRate).withEpochs(epochs)
                .withBatchSize(values.integer(BATCH_SIZE))
                .withSeed(values.integer(CommonParameters.SEED));
        float dropout = (float) values.real(DROPOUT);
        return new GnnLearnOperation.Settings(smiles, tasks, new GraphFeaturizerSpec(values.string(ATOM_FEATURES),
                StandardizerOptions.defaults(), MoleculeFeatures.parseList(values.string(MOLECULE_FEATURES)), null),
                enumOf(LayerType.class, values.string(ARCHITECTURE)),
                values.integer(HIDDEN_SIZE), values.integer(DEPTH), enumOf(ReadoutType.class, values.string(READOUT)),
                dropout, values.integer(HEAD_HIDDEN_SIZE), values.integer(HEAD_LAYERS), SplitOperation.Method.RANDOM,
                SplitFractions.defaults(), training, values.integer(ENSEMBLE_SIZE));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String choice) {
        return Enum.valueOf(type, choice.toUpperCase(Locale.ROOT));
    }
}
