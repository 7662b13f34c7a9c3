package org.molfuse.core.operator.learners;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.IntColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.data.TaskType;
import org.molfuse.core.eval.Split;
import org.molfuse.core.eval.SplitFractions;
import org.molfuse.core.nn.LayerType;
import org.molfuse.core.nn.ReadoutType;
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
import org.molfuse.core.ops.GnnLearnOperation;
import org.molfuse.core.ops.LearnResult;
import org.molfuse.core.ops.GraphFeaturizerSpec;
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

    static final String TARGET_COLUMNS = "target_columns";
    static final String TASK_TYPE = "task_type";
    static final String ARCHITECTURE = "architecture";
    static final String ATOM_FEATURES = "atom_features";
    static final String HIDDEN_SIZE = "hidden_size";
    static final String DEPTH = "depth";
    static final String READOUT = "readout";
    static final String DROPOUT = "dropout";
    static final String HEAD_HIDDEN_SIZE = "head_hidden_size";
    static final String HEAD_LAYERS = "head_layers";
    static final String EPOCHS = "epochs";
    static final String BATCH_SIZE = "batch_size";
    static final String LEARNING_RATE = "learning_rate";

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
        return List.of(PortDefinition.table("Training data", "Molecules (SMILES) with their labels to learn from."),
                PortDefinition.table("Validation data", "Molecules with labels, with the same columns as the "
                        + "training data, used to pick the best epoch; never trained on."));
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.model("Model", "The trained model with its featurizer and target scaling."),
                PortDefinition.table("Training history",
                        "One row per epoch: training loss, validation metric and learning rate."));
    }

    @Override
    public List<Parameter> parameters() {
        Set<ColumnType> numbers = Set.of(ColumnType.DOUBLE, ColumnType.INT, ColumnType.STRING);
        return List.of(CommonParameters.smilesColumn(0),
                new Parameter.ColumnNames(TARGET_COLUMNS, "Target columns",
                        "The label columns to predict; several columns make one multi-task model. Missing labels "
                                + "are allowed and only mask that task for that molecule.", 0, numbers),
                new Parameter.Choice(TASK_TYPE, "Task type",
                        "regression or classification for every target; auto makes a target whose labels are all "
                                + "0 or 1 a classification task and any other a regression task.",
                        "auto", List.of("auto", "regression", "classification")),
                new Parameter.Choice(ARCHITECTURE, "Architecture",
                        "dmpnn: chemprop's directed message passing on bonds; gcn: graph convolution; gin: graph "
                                + "isomorphism network; gine: GIN with bond features; nnconv: edge-conditioned "
                                + "convolution with a GRU (MPNN).",
                        "dmpnn", List.of("dmpnn", "gcn", "gin", "gine", "nnconv")),
                new Parameter.Choice(ATOM_FEATURES, "Atom and bond features",
                        "chemprop: 133 atom and 14 bond features; ogb: the Open Graph Benchmark categories.",
                        "chemprop", List.of("chemprop", "ogb")),
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
                CommonParameters.seed("weight initialization and batch order"));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        TableSpec training = Operators.tableSpecAt(inputs, 0);
        TableSpec validation = Operators.tableSpecAt(inputs, 1);
        List<String> targets = targets(values);
        if (validation != null) {
            for (String column : concat(values.string(CommonParameters.SMILES_COLUMN), targets)) {
                if (validation.find(column).isEmpty()) {
                    throw new InvalidParameterException("the validation table has no column '" + column
                            + "'; it needs the training table's SMILES and target columns");
                }
            }
        }
        List<TaskKind> kinds = switch (values.string(TASK_TYPE)) {
            case "regression" -> targets.stream().map(target -> TaskKind.REGRESSION).toList();
            case "classification" -> targets.stream().map(target -> TaskKind.BINARY_CLASSIFICATION).toList();
            default -> null; // auto: known from the labels only
        };
        return java.util.Arrays.asList(kinds == null ? null : new ModelSpec(MODEL_TYPE, targets, kinds,
                values.integer(HIDDEN_SIZE)), historySpec());
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        Table training = Operators.tableAt(inputs, 0);
        Table validation = Operators.tableAt(inputs, 1);
        configure(List.of(inputs.get(0).spec(), inputs.get(1).spec()), values);
        String smiles = values.string(CommonParameters.SMILES_COLUMN);
        List<String> targets = targets(values);
        if (training.rowCount() == 0) {
            throw new IllegalArgumentException("the training table has no rows to learn from");
        }
        Table both = stack(training, validation, smiles, targets);
        List<TaskSpec> tasks = tasks(both, targets, values.string(TASK_TYPE));
        GnnLearnOperation.Settings settings = settings(values, smiles, tasks);
        Split split = new Split(IntStream.range(0, training.rowCount()).toArray(),
                IntStream.range(training.rowCount(), both.rowCount()).toArray(), new int[0]);

        int epochs = values.integer(EPOCHS);
        List<EpochRecord> history = new ArrayList<>();
        Trained trained = TorchRuntime.withBundleClassLoader(() -> {
            try (NDManager manager = TorchRuntime.newManager()) {
                LearnResult result = GnnLearnOperation.execute(both, settings, split, manager, epoch -> {
                    history.add(epoch);
                    control.progress((double) epoch.epoch() / epochs, String.format(Locale.ROOT,
                            "epoch %d of %d, loss %.4f, validation %.4f", epoch.epoch(), epochs, epoch.trainLoss(),
                            epoch.validationMetric()));
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
        int embedding = GnnArchitecture.fromJson(result.bundle().architectureJson()).encoder().outputSize();
        ModelSpec spec = new ModelSpec(MODEL_TYPE, targets, kinds, embedding);
        return List.of(new PortValue.ModelValue(spec, trained.bundle()), PortValue.of(historyTable(history)));
    }

    /** A training result and its model's bundle bytes. */
    private record Trained(LearnResult result, byte[] bundle) {
    }

    private static GnnLearnOperation.Settings settings(ParameterValues values, String smiles, List<TaskSpec> tasks) {
        int epochs = values.integer(EPOCHS);
        double rate = values.real(LEARNING_RATE);
        LearningRateConfig chemprop = LearningRateConfig.defaults();
        LearningRateConfig learningRate = chemprop
                .withRates(rate * chemprop.initLr() / chemprop.maxLr(), rate, rate * chemprop.finalLr() / chemprop.maxLr())
                .withWarmupEpochs(Math.min(chemprop.warmupEpochs(), epochs));
        TrainingConfig training = TrainingConfig.defaults().withEpochs(epochs)
                .withBatchSize(values.integer(BATCH_SIZE)).withLearningRate(learningRate)
                .withSeed(values.integer(CommonParameters.SEED));
        float dropout = (float) values.real(DROPOUT);
        return new GnnLearnOperation.Settings(smiles, tasks, new GraphFeaturizerSpec(values.string(ATOM_FEATURES),
                org.molfuse.core.chem.StandardizerOptions.defaults()), enumOf(LayerType.class, values.string(ARCHITECTURE)),
                values.integer(HIDDEN_SIZE), values.integer(DEPTH), enumOf(ReadoutType.class, values.string(READOUT)),
                dropout, values.integer(HEAD_HIDDEN_SIZE), values.integer(HEAD_LAYERS), SplitOperation.Method.RANDOM,
                SplitFractions.defaults(), training);
    }

    private static List<String> targets(ParameterValues values) {
        List<String> targets = values.strings(TARGET_COLUMNS);
        if (targets.isEmpty()) {
            throw new InvalidParameterException(values.parameter(TARGET_COLUMNS), "choose at least one target column");
        }
        if (targets.contains(values.string(CommonParameters.SMILES_COLUMN))) {
            throw new InvalidParameterException(values.parameter(TARGET_COLUMNS),
                    "the SMILES column cannot be a target");
        }
        return targets;
    }

    /** Each target's task: as set, or for auto, classification exactly when every label present is 0 or 1. */
    private static List<TaskSpec> tasks(Table table, List<String> targets, String taskType) {
        List<TaskSpec> tasks = new ArrayList<>();
        for (String target : targets) {
            TaskType type = switch (taskType) {
                case "regression" -> TaskType.REGRESSION;
                case "classification" -> TaskType.CLASSIFICATION;
                default -> isBinary(table.doubleColumn(target)) ? TaskType.CLASSIFICATION : TaskType.REGRESSION;
            };
            if (type == TaskType.CLASSIFICATION && !isBinary(table.doubleColumn(target))) {
                throw new IllegalArgumentException("target '" + target + "' is set to classification but has labels "
                        + "other than 0 and 1");
            }
            tasks.add(new TaskSpec(target, type));
        }
        return tasks;
    }

    private static boolean isBinary(DoubleColumn labels) {
        for (int row = 0; row < labels.size(); row++) {
            if (!labels.isMissing(row) && labels.getDouble(row) != 0 && labels.getDouble(row) != 1) {
                return false;
            }
        }
        return true;
    }

    /** The SMILES and target columns of training rows followed by validation rows; targets as numbers. */
    private static Table stack(Table training, Table validation, String smiles, List<String> targets) {
        StringColumn.Builder molecules = StringColumn.builder(smiles);
        for (Table part : List.of(training, validation)) {
            StringColumn column = part.stringColumn(smiles);
            for (int row = 0; row < column.size(); row++) {
                if (column.isMissing(row)) {
                    molecules.addMissing(column.missingReason(row).orElse(null));
                } else {
                    molecules.add(column.getString(row));
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(molecules.build());
        for (String target : targets) {
            DoubleColumn.Builder labels = DoubleColumn.builder(target);
            for (Table part : List.of(training, validation)) {
                DoubleColumn column = part.numberColumn(target);
                for (int row = 0; row < column.size(); row++) {
                    if (column.isMissing(row)) {
                        labels.addMissing();
                    } else {
                        labels.add(column.getDouble(row));
                    }
                }
            }
            columns.add(labels.build());
        }
        return Table.of(columns);
    }

    private static TableSpec historySpec() {
        return new TableSpec(List.of(new ColumnSpec("epoch", ColumnType.INT),
                new ColumnSpec("train_loss", ColumnType.DOUBLE), new ColumnSpec("validation_metric", ColumnType.DOUBLE),
                new ColumnSpec("learning_rate", ColumnType.DOUBLE)));
    }

    private static Table historyTable(List<EpochRecord> history) {
        IntColumn.Builder epochs = IntColumn.builder("epoch");
        DoubleColumn.Builder losses = DoubleColumn.builder("train_loss");
        DoubleColumn.Builder metrics = DoubleColumn.builder("validation_metric");
        DoubleColumn.Builder rates = DoubleColumn.builder("learning_rate");
        for (EpochRecord epoch : history) {
            epochs.add(epoch.epoch());
            losses.add(epoch.trainLoss());
            if (Double.isNaN(epoch.validationMetric())) {
                metrics.addMissing("undefined on the validation rows");
            } else {
                metrics.add(epoch.validationMetric());
            }
            rates.add(epoch.learningRate());
        }
        return Table.of(epochs.build(), losses.build(), metrics.build(), rates.build());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String choice) {
        return Enum.valueOf(type, choice.toUpperCase(Locale.ROOT));
    }
}
