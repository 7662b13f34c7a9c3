package org.molfuse.core.ops;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.eval.Metric;
import org.molfuse.core.eval.MultiTaskMetrics;
import org.molfuse.core.eval.MultiTaskResult;
import org.molfuse.core.eval.Split;
import org.molfuse.core.eval.SplitFractions;
import org.molfuse.core.lm.LmTokenizer;
import org.molfuse.core.lm.MlmPretrainer;
import org.molfuse.core.lm.PretrainedEncoder;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.train.BatchSource;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.ModelPredictor;
import org.molfuse.core.train.ModelTrainer;
import org.molfuse.core.train.TaskKind;
import org.molfuse.core.train.TrainingConfig;
import org.molfuse.core.train.TrainingListener;
import org.molfuse.core.train.TrainingResult;

/**
 * Fine-tunes a pretrained SMILES language model to predict molecular properties, as {@link GnnLearnOperation} trains
 * a graph model: the same standardization, split, masked multi-task loss, best-epoch selection, test scoring and
 * bundle. The model reads each molecule's canonical SMILES (so that one molecule always reads the same tokens);
 * invalid molecules stay in the split but are left out, and counted. Three modes: {@code full} trains every weight,
 * {@code frozen} only the head on the fixed encoder, {@code lora} the head and low-rank adapters on the attention's
 * query and value projections.
 */
public final class LmLearnOperation {

    /** How much of the encoder fine-tuning changes. */
    public enum Mode {
        FULL, FROZEN, LORA;

        public static Mode parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown fine-tuning mode '" + name + "'; valid: full, frozen, lora");
            }
        }
    }

    /**
     * What to learn and how.
     *
     * @param loraRank adapter rank in {@link Mode#LORA}, ignored otherwise
     */
    public record Settings(String smilesColumn, List<TaskSpec> tasks, Mode mode, int loraRank,
            SmilesLmPredictor.Pooling pooling, int headHidden, int headLayers, float dropout,
            SplitOperation.Method split, SplitFractions fractions, TrainingConfig training) {
        public Settings {
            Objects.requireNonNull(smilesColumn, "smilesColumn");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(pooling, "pooling");
            Objects.requireNonNull(split, "split");
            Objects.requireNonNull(fractions, "fractions");
            Objects.requireNonNull(training, "training");
            tasks = LearnResult.requireTasks(tasks);
        }

        /**
         * The defaults of the LM nodes: CLS pooling, head 300 x 1 as chemprop's, 30 epochs, batch 32, and
         * {@link #training(Mode, double)} with the mode's peak rate.
         */
        public static Settings defaults(String smilesColumn, List<TaskSpec> tasks, Mode mode,
                SplitOperation.Method split, long seed) {
            return new Settings(smilesColumn, tasks, mode, 8, SmilesLmPredictor.Pooling.CLS, 300, 1, 0.1f, split,
                    SplitFractions.defaults(), training(mode, 0).withSeed((int) seed));
        }

        /**
         * Fine-tuning's training defaults: batch 32, gradients clipped to global norm 1 as RoBERTa fine-tuning clips
         * them (without it a post-LayerNorm encoder can diverge: BBBP did, in epoch 15), and chemprop's warm-up and
         * decay around a peak rate of {@code peakRate}, or for 0 the mode's (1e-4 when every weight moves, 1e-3 for
         * the head and adapters alone).
         */
        public static TrainingConfig training(Mode mode, double peakRate) {
            double peak = peakRate > 0 ? peakRate : mode == Mode.FULL ? 1e-4 : 1e-3;
            return TrainingConfig.defaults().withBatchSize(32).withGradientClipNorm(1.0)
                    .withLearningRate(TrainingConfig.defaults().learningRate().withRates(peak / 10, peak, peak / 10));
        }

        public Settings withSeed(long seed) {
            return new Settings(smilesColumn, tasks, mode, loraRank, pooling, headHidden, headLayers, dropout, split,
                    fractions, training.withSeed((int) seed));
        }
    }

    /** One molecule: its row, token ids and labels. */
    record Example(int row, int[] ids, float[] labels) {
    }

    static final BatchSource<Example> SOURCE = new BatchSource<>() {
        @Override
        public NDList inputs(List<Example> examples, NDManager manager) {
            int[][] ids = new int[examples.size()][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = examples.get(i).ids();
            }
            return MlmPretrainer.inputs(ids, manager);
        }

        @Override
        public float[][] labels(List<Example> examples) {
            return BatchSource.labelRows(examples, Example::labels);
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private LmLearnOperation() {
    }

    /** Splits the table as the settings say and fine-tunes {@code pretrained}, whose weights are left unchanged. */
    public static LearnResult execute(Table table, PretrainedEncoder pretrained, Settings settings,
            NDManager manager, TrainingListener listener, BooleanSupplier cancelled) {
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("the input table has no rows to learn from");
        }
        Split split = SplitOperation.split(table, new SplitOperation.Settings(settings.split(), settings.fractions(),
                settings.training().seed(), settings.smilesColumn(), settings.tasks().get(0).column()),
                new MoleculeStandardizer(StandardizerOptions.defaults())).split();
        return execute(table, pretrained, settings, split, manager, listener, cancelled);
    }

    /** Fine-tunes on a given split. */
    public static LearnResult execute(Table table, PretrainedEncoder pretrained, Settings settings, Split split,
            NDManager manager, TrainingListener listener, BooleanSupplier cancelled) {
        if (split.rowCount() != table.rowCount()) {
            throw new IllegalArgumentException("the split covers " + split.rowCount() + " rows but the table has "
                    + table.rowCount());
        }
        LmTokenizer tokenizer = pretrained.tokenizer();
        MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
        List<String> smiles = table.stringColumn(settings.smilesColumn()).toList();
        int[][] ids = new int[smiles.size()][];
        int invalid = 0;
        for (int row = 0; row < ids.length; row++) {
            StandardizedMolecule molecule = standardizer.standardize(smiles.get(row));
            if (molecule.isValid()) {
                ids[row] = tokenizer.encodeAtMost(molecule.canonicalSmiles(), pretrained.maxLength());
            } else {
                invalid++;
            }
        }
        float[][] labels = GnnLearnOperation.labels(table, settings.tasks());
        List<TaskKind> kinds = settings.tasks().stream().map(task -> TaskKind.of(task.type())).toList();
        List<String> names = settings.tasks().stream().map(TaskSpec::column).toList();
        List<Example> train = examples(split.train(), ids, labels);
        List<Example> valid = examples(split.valid(), ids, labels);
        List<Example> test = examples(split.test(), ids, labels);
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no valid molecule landed in the training split");
        }

        SmilesLmPredictor.Architecture architecture = new SmilesLmPredictor.Architecture(pretrained.config(),
                settings.mode() == Mode.LORA ? settings.loraRank() : 0, settings.pooling(), settings.headHidden(),
                settings.headLayers(), settings.dropout(), names.size());
        SmilesLmPredictor block = architecture.build();
        // the head's initial weights depend on the thread count too: the trainer's, from the first draw on
        TorchRuntime.useThreads(settings.training().threads());
        TorchRuntime.engine().setRandomSeed(settings.training().seed());
        Shape inputShape = new Shape(1, pretrained.maxLength());
        block.initialize(manager, DataType.FLOAT32, inputShape, inputShape);
        block.loadEncoder(pretrained.encoder());
        if (settings.mode() == Mode.FROZEN) {
            block.encoder().freezeParameters(true);
        } else if (settings.mode() == Mode.LORA) {
            block.encoder().freezeAllButLora();
        }
        TrainingResult training = settings.mode() == Mode.FROZEN
                ? trainHeadOnFixedVectors(block, settings, train, valid, kinds, manager, listener, cancelled)
                : new ModelTrainer(settings.training(), listener, cancelled)
                        .train(block, manager, SOURCE, train, valid, kinds);

        Metric metric = settings.training().validationMetricFor(kinds);
        MultiTaskResult scores = score(block, manager, kinds, training, test, names, metric,
                settings.training().batchSize());
        ModelBundle bundle = new ModelBundle(architecture.toJson(), featurizerJson(pretrained), names, kinds,
                training.scaler(), block);
        Map<String, org.molfuse.core.eval.MetricValue> perTask = scores.perTask();
        return new LearnResult(bundle, training, split, metric,
                names.size() == 1 ? perTask.get(names.get(0)) : scores.macroAverage(), perTask, invalid,
                train.size());
    }

    /** One molecule's fixed encoder vector and its labels. */
    private record Embedded(float[] vector, float[] labels) {
    }

    private static final BatchSource<Embedded> VECTORS = new BatchSource<>() {
        @Override
        public NDList inputs(List<Embedded> examples, NDManager manager) {
            int width = examples.get(0).vector().length;
            float[] flat = new float[examples.size() * width];
            for (int i = 0; i < examples.size(); i++) {
                System.arraycopy(examples.get(i).vector(), 0, flat, i * width, width);
            }
            return new NDList(manager.create(flat, new Shape(examples.size(), width)));
        }

        @Override
        public float[][] labels(List<Embedded> examples) {
            return BatchSource.labelRows(examples, Embedded::labels);
        }
    };

    /**
     * Frozen mode: the encoder does not learn, so each molecule's pooled vector is computed once, as a feature
     * extractor computes it (no dropout), and only the head trains on these vectors; an epoch then costs the head's
     * work alone. The trained head stays in {@code block}, which predicts from SMILES as in the other modes.
     */
    private static TrainingResult trainHeadOnFixedVectors(SmilesLmPredictor block, Settings settings,
            List<Example> train, List<Example> valid, List<TaskKind> kinds, NDManager manager,
            TrainingListener listener, BooleanSupplier cancelled) {
        List<Example> both = new ArrayList<>(train);
        both.addAll(valid);
        int[][] ids = both.stream().map(Example::ids).toArray(int[][]::new);
        float[][] vectors = block.encoder().embed(ids, settings.pooling(), settings.training().batchSize(), manager,
                cancelled);
        List<Embedded> embedded = new ArrayList<>(both.size());
        for (int i = 0; i < both.size(); i++) {
            embedded.add(new Embedded(vectors[i], both.get(i).labels()));
        }
        return new ModelTrainer(settings.training(), listener, cancelled).train(block.head(), manager, VECTORS,
                embedded.subList(0, train.size()), embedded.subList(train.size(), embedded.size()), kinds);
    }

    private static MultiTaskResult score(SmilesLmPredictor block, NDManager manager, List<TaskKind> kinds,
            TrainingResult training, List<Example> test, List<String> names, Metric metric, int batchSize) {
        double[][] truth = new double[test.size()][];
        double[][] predicted = new double[test.size()][];
        float[][] predictions = test.isEmpty() ? new float[0][]
                : new ModelPredictor(block, kinds, training.scaler()).predict(manager, SOURCE, test, batchSize);
        for (int i = 0; i < test.size(); i++) {
            truth[i] = GnnLearnOperation.toDoubles(test.get(i).labels());
            predicted[i] = GnnLearnOperation.toDoubles(predictions[i]);
        }
        return MultiTaskMetrics.evaluate(metric, names, truth, predicted);
    }

    private static List<Example> examples(int[] rows, int[][] ids, float[][] labels) {
        List<Example> examples = new ArrayList<>(rows.length);
        for (int row : rows) {
            if (ids[row] != null) {
                examples.add(new Example(row, ids[row], labels[row]));
            }
        }
        return examples;
    }

    /** The tokenizer and sequence length the model reads, for prediction. */
    private static String featurizerJson(PretrainedEncoder pretrained) {
        ObjectNode featurizer = pretrained.tokenizerJson();
        featurizer.put("max_length", pretrained.maxLength());
        featurizer.put("input", "canonical_smiles");
        return featurizer.toString();
    }
}
