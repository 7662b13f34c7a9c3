package org.molfuse.core.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.SharedDatasets;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.data.TaskType;
import org.molfuse.core.eval.RegressionMetrics;
import org.molfuse.core.lm.MlmPretrainer;
import org.molfuse.core.lm.PretrainedLm;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.lm.TransformerConfig;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.ModelPredictor;
import org.molfuse.core.train.TrainingListener;

/** Fine-tuning a small pretrained SMILES model in each mode, on carbon counts of MOSES molecules. */
class LmLearnOperationTest {

    @TempDir
    static Path dir;

    private static Path pretrainedFile;
    private static Table table;

    @BeforeAll
    static void pretrainATinyModel() throws IOException {
        List<String> corpus = CsvTables.read(SharedDatasets.directory().resolve("moses_test.csv.gz"))
                .stringColumn("SMILES").toList();
        MlmPretrainer.Settings settings = new MlmPretrainer.Settings(vocabulary -> new TransformerConfig(vocabulary,
                32, 2, 2, 64, 66, 0.1f, 1e-5f, 1), 64, 1, 32, 40, 1e-3, 10, 0.01, 0.15, 40, 0);
        pretrainedFile = dir.resolve("tiny-lm.mfb");
        try (NDManager manager = TorchRuntime.newManager()) {
            new MlmPretrainer(settings).pretrain(corpus.subList(0, 400), corpus.subList(400, 450), manager, p -> { },
                    () -> false).model().save(pretrainedFile);
        }
        // 120 molecules labelled with their count of 'C' and 'c' characters (aliphatic and aromatic carbons)
        List<String> molecules = corpus.subList(1000, 1120);
        double[] carbons = new double[molecules.size()];
        for (int row = 0; row < carbons.length; row++) {
            carbons[row] = molecules.get(row).chars().filter(c -> c == 'C' || c == 'c').count()
                    - molecules.get(row).split("Cl", -1).length + 1;
        }
        table = Table.of(StringColumn.of("smiles", molecules.toArray(String[]::new)),
                DoubleColumn.of("carbons", carbons));
    }

    private static Map<String, float[]> encoderWeights(SmilesLmPredictor block) {
        Map<String, float[]> weights = new HashMap<>();
        for (Parameter parameter : block.encoder().getParameters().values()) {
            weights.put(parameter.getName(), parameter.getArray().toFloatArray());
        }
        return weights;
    }

    private static LearnResult fineTune(LmLearnOperation.Mode mode, NDManager manager)
            throws IOException {
        PretrainedLm pretrained = PretrainedLm.load(pretrainedFile, manager);
        LmLearnOperation.Settings settings = LmLearnOperation.Settings.defaults("smiles",
                List.of(new TaskSpec("carbons", TaskType.REGRESSION)), mode, SplitOperation.Method.RANDOM, 0);
        settings = new LmLearnOperation.Settings(settings.smilesColumn(), settings.tasks(), mode, 4,
                settings.pooling(), 32, 1, 0f, settings.split(), settings.fractions(),
                settings.training().withEpochs(3));
        return LmLearnOperation.execute(table, pretrained, settings, manager, TrainingListener.NONE, () -> false);
    }

    @Test
    void fullFineTuningMovesTheEncoderFrozenAndLoraKeepItsWeights() throws IOException {
        try (NDManager manager = TorchRuntime.newManager()) {
            PretrainedLm pretrained = PretrainedLm.load(pretrainedFile, manager);
            Map<String, float[]> before = new HashMap<>();
            for (Parameter parameter : pretrained.block().encoder().getParameters().values()) {
                before.put(parameter.getName(), parameter.getArray().toFloatArray());
            }
            String query = "encoder.layer.0.attention.self.query.weight";
            for (LmLearnOperation.Mode mode : LmLearnOperation.Mode.values()) {
                LearnResult result = fineTune(mode, manager);
                Map<String, float[]> after = encoderWeights((SmilesLmPredictor) result.bundle().block());
                boolean moved = false;
                for (Map.Entry<String, float[]> entry : before.entrySet()) {
                    moved |= !java.util.Arrays.equals(entry.getValue(), after.get(entry.getKey()));
                }
                assertEquals(mode == LmLearnOperation.Mode.FULL, moved, mode + ": the pretrained weights "
                        + (mode == LmLearnOperation.Mode.FULL ? "train" : "stay"));
                if (mode == LmLearnOperation.Mode.LORA) {
                    float[] up = after.get("encoder.layer.0.attention.self.query.lora_B");
                    assertFalse(java.util.Arrays.equals(new float[up.length], up), "the adapters train");
                    assertArrayEquals(before.get(query), after.get(query));
                } else {
                    assertFalse(after.containsKey("encoder.layer.0.attention.self.query.lora_B"));
                }
                assertEquals(120, result.split().rowCount());
                assertTrue(Double.isFinite(result.testScore().value()), mode + " scores the test rows");
                assertEquals(0, result.invalidMolecules());
            }
        }
    }

    @Test
    void frozenTrainingScoresWhatTheWholeModelPredictsFromSmiles() throws IOException {
        try (NDManager manager = TorchRuntime.newManager()) {
            LearnResult result = fineTune(LmLearnOperation.Mode.FROZEN, manager);
            // the head trained on vectors computed once; the model predicts from token ids through the encoder
            int[] rows = result.split().valid();
            double[] truth = new double[rows.length];
            List<LmLearnOperation.Example> examples = new ArrayList<>();
            PretrainedLm pretrained = PretrainedLm.load(pretrainedFile, manager);
            for (int i = 0; i < rows.length; i++) {
                truth[i] = table.doubleColumn("carbons").getDouble(rows[i]);
                String canonical = new MoleculeStandardizer(StandardizerOptions.defaults())
                        .standardize(table.stringColumn("smiles").getString(rows[i])).canonicalSmiles();
                examples.add(new LmLearnOperation.Example(rows[i], pretrained.vocabulary().encodeAtMost(canonical,
                        pretrained.maxLength()), new float[] {(float) truth[i]}));
            }
            float[][] predicted = new ModelPredictor(result.bundle().block(), result.bundle().taskKinds(),
                    result.bundle().scaler()).predict(manager, LmLearnOperation.SOURCE, examples, 7);
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = predicted[i][0];
            }
            assertEquals(result.training().bestMetric(), RegressionMetrics.rmse(truth, values).value(), 1e-4,
                    "the best epoch's validation RMSE, recomputed from SMILES");
        }
    }

    @Test
    void aFineTunedBundleReadBackPredictsTheSame() throws IOException {
        Path file = dir.resolve("fine-tuned.mfb");
        try (NDManager manager = TorchRuntime.newManager()) {
            LearnResult result = fineTune(LmLearnOperation.Mode.LORA, manager);
            result.bundle().write(file);
            List<LmLearnOperation.Example> some = List.of(new LmLearnOperation.Example(0, new int[] {2, 5, 6, 3},
                    new float[] {1}), new LmLearnOperation.Example(1, new int[] {2, 7, 7, 7, 3}, new float[] {2}));
            float[][] expected = new ModelPredictor(result.bundle().block(), result.bundle().taskKinds(),
                    result.bundle().scaler()).predict(manager, LmLearnOperation.SOURCE, some, 8);
            try (NDManager other = TorchRuntime.newManager()) {
                ModelBundle read = ModelBundle.read(file, SmilesLmPredictor.Architecture.factory(), other);
                float[][] actual = new ModelPredictor(read.block(), read.taskKinds(), read.scaler())
                        .predict(other, LmLearnOperation.SOURCE, some, 8);
                assertArrayEquals(expected[0], actual[0]);
                assertArrayEquals(expected[1], actual[1]);
            }
        }
    }
}
