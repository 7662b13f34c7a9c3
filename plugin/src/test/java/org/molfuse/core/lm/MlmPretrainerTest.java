package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.chem.SharedDatasets;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.nn.TorchRuntime;

class MlmPretrainerTest {

    /** A CI-sized encoder: hidden 32, 2 layers, 2 heads. */
    private static MlmPretrainer.Settings tiny(int steps) {
        return new MlmPretrainer.Settings(vocabulary -> new TransformerConfig(vocabulary, 32, 2, 2, 64, 66, 0.1f,
                1e-5f, 1), 64, 1, 32, steps, 2e-3, 10, 0.01, 0.15, 50, 3);
    }

    /** MOSES test-set SMILES (the shared unlabeled corpus), rows [from, to). */
    private static List<String> moses(int from, int to) throws IOException {
        List<String> all = CsvTables.read(SharedDatasets.directory().resolve("moses_test.csv.gz"))
                .stringColumn("SMILES").toList();
        return new ArrayList<>(all.subList(from, to));
    }

    @Test
    void maskingChoosesAboutFifteenPercentOfRealTokensAndReplacesThemEightyTenTen() {
        int vocabulary = 30;
        int[][] ids = new int[2000][];
        for (int row = 0; row < ids.length; row++) {
            ids[row] = new int[] {2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 3, 0, 0};
        }
        MlmMasking.Masked masked = new MlmMasking(0.15, vocabulary).mask(ids, new SplittableRandom(1));
        int chosen = 0;
        int toMask = 0;
        int kept = 0;
        for (int row = 0; row < ids.length; row++) {
            int inRow = 0;
            for (int position = 0; position < ids[row].length; position++) {
                int label = masked.labels()[row][position];
                if (position == 0 || position >= 11) {
                    assertEquals(MlmMasking.IGNORED, label, "[CLS], [SEP] and padding are never predicted");
                    assertEquals(ids[row][position], masked.inputs()[row][position]);
                    continue;
                }
                if (label != MlmMasking.IGNORED) {
                    inRow++;
                    chosen++;
                    assertEquals(ids[row][position], label);
                    int input = masked.inputs()[row][position];
                    toMask += input == SmilesVocabulary.MASK_ID ? 1 : 0;
                    kept += input == label ? 1 : 0;
                    assertTrue(input == SmilesVocabulary.MASK_ID || input >= 5 && input < vocabulary, "" + input);
                }
            }
            assertTrue(inRow >= 1, "every sequence predicts at least one token");
        }
        // 20,000 real tokens: 15% is 3,000, plus the sequences that would have had none (0.85^10 = 19.7% of 2,000)
        double expected = 0.15 * 20_000 + 0.85 * Math.pow(0.85, 9) * 0 + 2000 * Math.pow(0.85, 10);
        assertEquals(expected, chosen, 150);
        assertEquals(0.8, (double) toMask / chosen, 0.03);
        // kept: the 10% left alone plus the random draws that hit the original token (10% / 25 tokens)
        assertEquals(0.1 + 0.1 / 25, (double) kept / chosen, 0.03);
        assertArrayEquals(masked.inputs()[7], new MlmMasking(0.15, vocabulary).mask(ids, new SplittableRandom(1))
                .inputs()[7], "the same seed masks the same way");
    }

    @Test
    void theLossIsTheCrossEntropyOfTheChosenPositionsOnly() {
        try (NDManager manager = TorchRuntime.newManager()) {
            // one sequence of two positions over 3 tokens; only position 1 is predicted, label 1
            NDArray logits = manager.create(new float[] {5, 0, 0, 0, (float) Math.log(2), 0}, new Shape(1, 2, 3));
            NDList scores = MlmPretrainer.loss(logits, new int[][] {{MlmMasking.IGNORED, 1}}, manager);
            // softmax at position 1: 2 / (1 + 2 + 1) = 0.5
            assertEquals(Math.log(2), scores.get(0).getFloat(), 1e-6);
            assertEquals(1, scores.get(1).toType(ai.djl.ndarray.types.DataType.INT64, false).getLong(),
                    "token 1 is the most likely");
        }
    }

    @Test
    void onTwoThousandMosesSmilesTheValidationLossFallsAndTheSameSeedGivesTheSameModel() throws IOException {
        List<String> corpus = moses(0, 2000);
        List<String> validation = moses(2000, 2200);
        List<MlmPretrainer.Progress> seen = new ArrayList<>();
        MlmPretrainer.Result result;
        double repeated;
        try (NDManager manager = TorchRuntime.newManager()) {
            result = new MlmPretrainer(tiny(150)).pretrain(corpus, validation, manager, seen::add, () -> false);
        }
        try (NDManager manager = TorchRuntime.newManager()) {
            repeated = new MlmPretrainer(tiny(150)).pretrain(corpus, validation, manager, progress -> { },
                    () -> false).last().validationLoss();
        }
        assertEquals(List.of(0, 50, 100, 150), seen.stream().map(MlmPretrainer.Progress::step).toList());
        MlmPretrainer.Progress first = seen.get(0);
        MlmPretrainer.Progress last = result.last();
        // weights of standard deviation 0.02 make nearly uniform predictions: cross-entropy ln(vocabulary size)
        assertEquals(Math.log(result.model().vocabulary().size()), first.validationLoss(), 0.1, first.toString());
        assertTrue(last.validationLoss() < 0.8 * first.validationLoss(), first + " -> " + last);
        assertTrue(last.validationAccuracy() > first.validationAccuracy(), first + " -> " + last);
        assertTrue(last.validationAccuracy() > 0.3, last.toString());
        assertEquals(last.validationLoss(), repeated, 1e-9, "the same seed gives the same model");
        assertEquals(0, result.skipped());
        assertEquals(150, result.model().steps());
        assertTrue(result.tokensPerSecond() > 0);
    }

    /**
     * A Java number as divisor (the attention scale, the loss's mean) lived in a direct buffer that autograd reads
     * again in the backward pass; a collection between forward and backward freed it, and the gradients were scaled
     * by whatever the memory then held: same-seed runs differed, and some diverged to NaN.
     */
    @Test
    void theGradientsDoNotDependOnWhenTheGarbageCollectorRuns() throws InterruptedException {
        int[][] ids = {{2, 7, 8, 9, 3}, {2, 10, 3}};
        int[][] labels = {{MlmMasking.IGNORED, 7, MlmMasking.IGNORED, 9, MlmMasking.IGNORED},
            {MlmMasking.IGNORED, 10, MlmMasking.IGNORED}};
        List<List<float[]>> gradients = new ArrayList<>();
        for (boolean collect : new boolean[] {false, true}) {
            try (NDManager manager = TorchRuntime.newManager()) {
                TorchRuntime.engine().setRandomSeed(5);
                SmilesMaskedLm block = new SmilesMaskedLm(new TransformerConfig(12, 8, 2, 2, 16, 8, 0f, 1e-5f, 1));
                block.initialize(manager, DataType.FLOAT32, new Shape(1, 5), new Shape(1, 5));
                try (GradientCollector collector = TorchRuntime.engine().newGradientCollector()) {
                    NDArray logits = block.forward(new ParameterStore(manager, false),
                            MlmPretrainer.inputs(ids, manager), true).head();
                    NDArray loss = MlmPretrainer.loss(logits, labels, manager).head();
                    for (int round = 0; collect && round < 3; round++) {
                        System.gc();
                        Thread.sleep(20); // lets the cleaner thread free unreachable direct buffers
                    }
                    collector.backward(loss);
                }
                List<float[]> run = new ArrayList<>();
                for (Parameter parameter : block.getParameters().values()) {
                    run.add(parameter.getArray().getGradient().toFloatArray());
                }
                gradients.add(run);
            }
        }
        for (int i = 0; i < gradients.get(0).size(); i++) {
            assertArrayEquals(gradients.get(0).get(i), gradients.get(1).get(i), "parameter " + i);
        }
    }

    @Test
    void saveLoadGivesTheSameLogitsAndResumeContinuesTheStepCount(@TempDir Path dir) throws IOException {
        List<String> corpus = moses(0, 300);
        List<String> validation = moses(300, 340);
        Path file = dir.resolve("lm.mfb");
        try (NDManager manager = TorchRuntime.newManager()) {
            PretrainedLm model = new MlmPretrainer(tiny(20)).pretrain(corpus, validation, manager, p -> { },
                    () -> false).model();
            model.save(file);
            int[][] ids = {model.vocabulary().encode("CC(=O)Oc1ccccc1C(=O)O")};
            float[] before = logits(model, ids, manager);
            try (NDManager other = TorchRuntime.newManager()) {
                PretrainedLm loaded = PretrainedLm.load(file, other);
                assertArrayEquals(before, logits(loaded, ids, other));
                assertEquals(model.vocabulary().size(), loaded.vocabulary().size());
                assertEquals(20, loaded.steps());
                assertEquals(model.history(), loaded.history());
                MlmPretrainer.Result resumed = new MlmPretrainer(tiny(30)).resume(loaded, corpus, validation, other,
                        p -> { }, () -> false);
                assertEquals(30, resumed.model().steps());
                assertEquals(List.of(0, 20, 30), resumed.history().stream().map(MlmPretrainer.Progress::step).toList(),
                        "the checkpoint's history, then the validation at the new last step");
            }
        }
    }

    @Test
    void aDamagedModelFileAndAnUntokenizableCorpusAreReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.mfb");
        Files.write(file, new byte[] {1, 2, 3});
        try (NDManager manager = TorchRuntime.newManager()) {
            IOException damaged = assertThrows(IOException.class, () -> PretrainedLm.load(file, manager));
            assertTrue(damaged.getMessage().contains(file.toString()), damaged.getMessage());
            IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                    () -> new MlmPretrainer(tiny(20)).pretrain(List.of("not smiles", ""), List.of(), manager,
                            p -> { }, () -> false));
            assertEquals("the corpus holds no SMILES that can be tokenized", empty.getMessage());
        }
    }

    private static float[] logits(PretrainedLm model, int[][] ids, NDManager manager) {
        NDList inputs = MlmPretrainer.inputs(ids, manager);
        return model.block().forward(new ParameterStore(manager, false), inputs, false).head().toFloatArray();
    }
}
