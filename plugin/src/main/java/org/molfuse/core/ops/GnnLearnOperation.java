package org.molfuse.core.ops;

import ai.djl.nn.Block;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.molfuse.core.chem.MoleculeGraph;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.eval.Metric;
import org.molfuse.core.eval.MultiTaskMetrics;
import org.molfuse.core.eval.MultiTaskResult;
import org.molfuse.core.eval.Split;
import org.molfuse.core.nn.GraphEncoderConfig;
import org.molfuse.core.nn.LayerType;
import org.molfuse.core.nn.ReadoutType;
import org.molfuse.core.train.EpochRecord;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.ModelPredictor;
import org.molfuse.core.train.ModelTrainer;
import org.molfuse.core.train.TargetScaler;
import org.molfuse.core.train.TaskKind;
import org.molfuse.core.train.TrainingConfig;
import org.molfuse.core.train.TrainingListener;
import org.molfuse.core.train.TrainingResult;

/**
 * Trains a graph neural network on a table of molecules: standardize and featurize, split, train with early model
 * selection on the validation rows, score the test rows, and package everything prediction needs in a bundle.
 * Rows with an invalid SMILES stay in the split (so splits match other tools row for row) but are left out of
 * training and scoring; their number is reported.
 */
public final class GnnLearnOperation {

    /**
     * What to learn and how. With {@code ensembleSize} N above 1, N models train one after another, model i with
     * the training seed plus i (so model 0 is the model of ensemble size 1), and predict their mean.
     */
    public record Settings(String smilesColumn, List<TaskSpec> tasks, GraphFeaturizerSpec featurizer,
            LayerType layer, int hiddenSize, int depth, ReadoutType readout, float dropout, int headHidden,
            int headLayers, SplitOperation.Method split, org.molfuse.core.eval.SplitFractions fractions,
            TrainingConfig training, int ensembleSize) {
        public Settings {
            Objects.requireNonNull(smilesColumn, "smilesColumn");
            Objects.requireNonNull(featurizer, "featurizer");
            Objects.requireNonNull(split, "split");
            Objects.requireNonNull(fractions, "fractions");
            Objects.requireNonNull(training, "training");
            tasks = LearnResult.requireTasks(tasks);
            if (ensembleSize < 1) {
                throw new IllegalArgumentException("ensemble size must be at least 1, got " + ensembleSize);
            }
        }

        /** One model. */
        public Settings(String smilesColumn, List<TaskSpec> tasks, GraphFeaturizerSpec featurizer, LayerType layer,
                int hiddenSize, int depth, ReadoutType readout, float dropout, int headHidden, int headLayers,
                SplitOperation.Method split, org.molfuse.core.eval.SplitFractions fractions, TrainingConfig training) {
            this(smilesColumn, tasks, featurizer, layer, hiddenSize, depth, readout, dropout, headHidden, headLayers,
                    split, fractions, training, 1);
        }

        public Settings withTraining(TrainingConfig value) {
            return new Settings(smilesColumn, tasks, featurizer, layer, hiddenSize, depth, readout, dropout,
                    headHidden, headLayers, split, fractions, value, ensembleSize);
        }

        public Settings withEnsembleSize(int value) {
            return new Settings(smilesColumn, tasks, featurizer, layer, hiddenSize, depth, readout, dropout,
                    headHidden, headLayers, split, fractions, training, value);
        }

        /** Chemprop's defaults: D-MPNN, hidden 300, depth 3, mean readout, head 300 x 1, 30 epochs, batch 50. */
        public static Settings chemprop(String smilesColumn, List<TaskSpec> tasks, SplitOperation.Method split,
                long seed) {
            return new Settings(smilesColumn, tasks, GraphFeaturizerSpec.chemprop(), LayerType.DMPNN, 300, 3,
                    ReadoutType.MEAN, 0f, 300, 1, split, org.molfuse.core.eval.SplitFractions.defaults(),
                    TrainingConfig.defaults().withSeed((int) seed));
        }
    }

    private GnnLearnOperation() {
    }

    /** Splits the table as the settings say and trains in {@code manager}, which owns the returned model. */
    public static LearnResult execute(Table table, Settings settings, NDManager manager, TrainingListener listener,
            BooleanSupplier cancelled) {
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("the input table has no rows to learn from");
        }
        Split split = SplitOperation.split(table, new SplitOperation.Settings(settings.split(), settings.fractions(),
                settings.training().seed(), settings.smilesColumn(), firstTaskColumn(settings)),
                settings.featurizer().newStandardizer()).split();
        return execute(table, settings, split, manager, listener, cancelled);
    }

    /** Trains on a given split (for example files another tool split), ignoring the settings' split method. */
    public static LearnResult execute(Table table, Settings settings, Split split, NDManager manager,
            TrainingListener listener, BooleanSupplier cancelled) {
        if (split.rowCount() != table.rowCount()) {
            throw new IllegalArgumentException("the split covers " + split.rowCount() + " rows but the table has "
                    + table.rowCount());
        }
        MoleculeGraphs.Featurized featurized = MoleculeGraphs.featurize(table.stringColumn(settings.smilesColumn()),
                settings.featurizer());
        float[][] labels = labels(table, settings.tasks());
        List<TaskKind> kinds = settings.tasks().stream().map(task -> TaskKind.of(task.type())).toList();
        List<String> names = settings.tasks().stream().map(TaskSpec::column).toList();

        // molecule features are standardized with training statistics only, as the targets are
        GraphFeaturizerSpec featurizer = settings.featurizer().withMoleculeFeatureScaler(
                MoleculeGraphs.fitMoleculeFeatureScaler(split.train(), featurized,
                        settings.featurizer().moleculeFeatureSize()));
        TargetScaler scaler = featurizer.moleculeFeatureScaler();
        List<MoleculeGraphs.Example> train = MoleculeGraphs.examples(split.train(), featurized, scaler, labels);
        List<MoleculeGraphs.Example> valid = MoleculeGraphs.examples(split.valid(), featurized, scaler, labels);
        List<MoleculeGraphs.Example> test = MoleculeGraphs.examples(split.test(), featurized, scaler, labels);

        MoleculeGraph first = train.isEmpty() ? null : train.get(0).graph();
        if (first == null) {
            throw new IllegalArgumentException("no valid molecule landed in the training split");
        }
        GnnArchitecture architecture = new GnnArchitecture(new GraphEncoderConfig(settings.layer(),
                settings.hiddenSize(), settings.depth(), settings.readout(), settings.dropout(),
                first.atomFeatureSize(), first.bondFeatureSize()), featurizer.moleculeFeatureSize(),
                settings.headHidden(), settings.headLayers(), settings.dropout(), names.size(),
                settings.ensembleSize());
        Block block = architecture.build();
        TrainingResult training = train(block, settings.training(), manager, train, valid, kinds, listener,
                cancelled);

        Metric metric = settings.training().validationMetricFor(kinds);
        MultiTaskResult scores = score(block, manager, kinds, training, test, names, metric,
                settings.training().batchSize());
        ModelBundle bundle = new ModelBundle(architecture.toJson(), featurizer.toJson(), names, kinds,
                training.scaler(), block);
        return new LearnResult(bundle, training, split, metric,
                names.size() == 1 ? scores.perTask().get(names.get(0)) : scores.macroAverage(), scores.perTask(),
                featurized.invalidCount(), train.size());
    }

    /**
     * Trains each member of the model on its own, member i with the training seed plus i, and marks the whole model
     * initialized. The history numbers the members' epochs on (member 1's first epoch follows member 0's last);
     * the best epoch and metric are member 0's.
     */
    private static TrainingResult train(Block block, TrainingConfig config, NDManager manager,
            List<MoleculeGraphs.Example> train, List<MoleculeGraphs.Example> valid, List<TaskKind> kinds,
            TrainingListener listener, BooleanSupplier cancelled) {
        List<Block> members = GnnArchitecture.members(block);
        List<EpochRecord> history = new ArrayList<>();
        TrainingResult first = null;
        for (int i = 0; i < members.size(); i++) {
            int epochsBefore = history.size();
            TrainingResult member = new ModelTrainer(config.withSeed(config.seed() + i),
                    epoch -> listener.epochEnded(after(epochsBefore, epoch)), cancelled)
                    .train(members.get(i), manager, MoleculeGraphs.SOURCE, train, valid, kinds);
            member.history().forEach(epoch -> history.add(after(epochsBefore, epoch)));
            if (i == 0) {
                first = member;
            }
        }
        if (members.size() == 1) {
            return first;
        }
        block.initialize(manager, DataType.FLOAT32, members.get(0).getInputShapes());
        return new TrainingResult(history, first.bestEpoch(), first.bestMetric(), first.metricName(),
                first.stoppedEarly(), first.scaler());
    }

    private static EpochRecord after(int epochsBefore, EpochRecord epoch) {
        return new EpochRecord(epochsBefore + epoch.epoch(), epoch.trainLoss(), epoch.validationMetric(),
                epoch.learningRate(), epoch.seconds());
    }

    private static MultiTaskResult score(Block block, NDManager manager, List<TaskKind> kinds,
            TrainingResult training, List<MoleculeGraphs.Example> test, List<String> names, Metric metric,
            int batchSize) {
        double[][] truth = new double[test.size()][];
        double[][] predicted = new double[test.size()][];
        float[][] predictions = test.isEmpty() ? new float[0][]
                : new ModelPredictor(block, kinds, training.scaler()).predict(manager, MoleculeGraphs.SOURCE, test,
                        batchSize);
        for (int i = 0; i < test.size(); i++) {
            truth[i] = toDoubles(test.get(i).labels());
            predicted[i] = toDoubles(predictions[i]);
        }
        return MultiTaskMetrics.evaluate(metric, names, truth, predicted);
    }

    static float[][] labels(Table table, List<TaskSpec> tasks) {
        float[][] labels = new float[table.rowCount()][tasks.size()];
        for (int task = 0; task < tasks.size(); task++) {
            double[] values = table.numberColumn(tasks.get(task).column()).toArray(Double.NaN);
            for (int row = 0; row < values.length; row++) {
                labels[row][task] = (float) values[row];
            }
        }
        return labels;
    }

    private static String firstTaskColumn(Settings settings) {
        return settings.tasks().get(0).column();
    }

    static double[] toDoubles(float[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }
}
