package org.molfuse.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.chem.Descriptors;
import org.molfuse.core.chem.MoleculeFeatures;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.eval.SplitFractions;
import org.molfuse.core.nn.LayerType;
import org.molfuse.core.nn.ReadoutType;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.train.EpochRecord;
import org.molfuse.core.train.LearningRateConfig;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.ScheduleKind;
import org.molfuse.core.train.TrainingConfig;
import org.molfuse.core.train.TrainingListener;

class GnnOperationsTest {

    @TempDir
    Path dir;

    /**
     * Chains, alcohols, amines and ring-bearing chains of 1 to 14 heavy atoms; the label is the heavy-atom count,
     * which a sum readout over atoms can represent exactly.
     */
    private static Table heavyAtomCounts() {
        List<String> smiles = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int carbons = 1; carbons <= 8; carbons++) {
            String chain = "C".repeat(carbons);
            for (String[] variant : new String[][] {{chain, "0"}, {chain + "O", "1"}, {chain + "N", "1"},
                    {"O" + chain + "O", "2"}, {chain + "C1CCCCC1", "6"}, {chain + "c1ccccc1", "6"}}) {
                smiles.add(variant[0]);
                labels.add(Integer.toString(carbons + Integer.parseInt(variant[1])));
            }
        }
        smiles.add("C1CC(");
        labels.add("3");
        return Table.of(StringColumn.of("smiles", smiles), StringColumn.of("heavy_atoms", labels));
    }

    private static GnnLearnOperation.Settings settings() {
        TrainingConfig training = TrainingConfig.defaults().withEpochs(60).withBatchSize(8).withSeed(3)
                .withLearningRate(LearningRateConfig.defaults().withSchedule(ScheduleKind.CONSTANT).withRates(3e-3,
                        3e-3, 3e-3));
        return new GnnLearnOperation.Settings("smiles", List.of(TaskSpec.regression("heavy_atoms")),
                new GraphFeaturizerSpec("chemprop", StandardizerOptions.defaults()), LayerType.DMPNN, 32, 2,
                ReadoutType.SUM, 0f, 32, 1, SplitOperation.Method.RANDOM, new SplitFractions(0.8, 0.1, 0.1),
                training);
    }

    @Test
    void learnsHeavyAtomCountAndPredictsTheSameAfterSavingAndLoading() throws IOException {
        Table table = heavyAtomCounts();
        try (NDManager manager = TorchRuntime.newManager()) {
            LearnResult result =
                    GnnLearnOperation.execute(table, settings(), manager, TrainingListener.NONE, () -> false);

            assertEquals(1, result.invalidMolecules());
            // labels span 1..14 heavy atoms (std about 3.4); an exact sum over atoms needs an RMSE well below 1
            assertTrue(result.testScore().value() < 0.5, "test RMSE " + result.testScore());

            Table predicted = GnnPredictOperation.execute(table, "smiles", result.bundle(), manager, 16, () -> false);
            Path file = dir.resolve("model.mfb");
            result.bundle().write(file);
            ModelBundle loaded = ModelBundle.read(file, GnnArchitecture.factory(), manager);
            Table reloaded = GnnPredictOperation.execute(table, "smiles", loaded, manager, 16, () -> false);

            DoubleColumn before = predicted.doubleColumn("heavy_atoms_predicted");
            DoubleColumn after = reloaded.doubleColumn("heavy_atoms_predicted");
            assertEquals(table.rowCount(), before.size());
            for (int row = 0; row < before.size() - 1; row++) {
                assertEquals(before.getDouble(row), after.getDouble(row), 0.0, "row " + (row + 1));
            }
            int invalidRow = table.rowCount() - 1;
            assertTrue(before.isMissing(invalidRow) && after.isMissing(invalidRow));
            assertTrue(before.missingReason(invalidRow).orElse("").contains("unparsable"),
                    before.missingReason(invalidRow).toString());
        }
    }

    @Test
    void embeddingsAreWhatTheHeadTurnsIntoThePredictions() {
        Table table = heavyAtomCounts();
        GnnLearnOperation.Settings settings = settings();
        settings = new GnnLearnOperation.Settings(settings.smilesColumn(), settings.tasks(), settings.featurizer(),
                settings.layer(), 16, 2, settings.readout(), 0f, 16, 1, settings.split(), settings.fractions(),
                settings.training().withEpochs(2));
        try (NDManager manager = TorchRuntime.newManager()) {
            ModelBundle bundle = GnnLearnOperation.execute(table, settings, manager, TrainingListener.NONE,
                    () -> false).bundle();
            Table out = GnnPredictOperation.execute(table, "smiles", bundle, manager, 7, true, () -> false);
            DoubleVectorColumn embeddings = out.doubleVectorColumn(GnnPredictOperation.EMBEDDING);
            DoubleColumn predictions = out.doubleColumn("heavy_atoms_predicted");
            assertEquals(16, embeddings.fixedLength());
            assertTrue(embeddings.isMissing(table.rowCount() - 1));

            // the head alone, applied to the embeddings and de-standardized, must give the predictions again
            int valid = table.rowCount() - 1;
            float[][] vectors = new float[valid][];
            for (int row = 0; row < valid; row++) {
                double[] vector = embeddings.getVector(row);
                vectors[row] = new float[vector.length];
                for (int k = 0; k < vector.length; k++) {
                    vectors[row][k] = (float) vector[k];
                }
            }
            Block head = bundle.block().getChildren().get(1).getValue();
            NDArray raw = head.forward(new ParameterStore(manager, false), new NDList(manager.create(vectors)), false)
                    .head();
            float[] flat = raw.toFloatArray();
            float[][] scaled = new float[valid][];
            for (int row = 0; row < valid; row++) {
                scaled[row] = new float[] {flat[row]};
            }
            float[][] expected = bundle.scaler().inverseTransform(scaled);
            for (int row = 0; row < valid; row++) {
                assertEquals(expected[row][0], predictions.getDouble(row), 1e-4, "row " + (row + 1));
            }
        }
    }

    @Test
    void sameSeedGivesTheSameSplitAndTestScore() {
        Table table = heavyAtomCounts();
        GnnLearnOperation.Settings settings = settings();
        settings = new GnnLearnOperation.Settings(settings.smilesColumn(), settings.tasks(), settings.featurizer(),
                settings.layer(), 16, 2, settings.readout(), 0f, 16, 1, settings.split(), settings.fractions(),
                settings.training().withEpochs(3));
        try (NDManager manager = TorchRuntime.newManager()) {
            LearnResult first =
                    GnnLearnOperation.execute(table, settings, manager, TrainingListener.NONE, () -> false);
            LearnResult second =
                    GnnLearnOperation.execute(table, settings, manager, TrainingListener.NONE, () -> false);
            assertEquals(first.split(), second.split());
            assertEquals(first.testScore().value(), second.testScore().value(), 0.0);
        }
    }

    @Test
    void moleculeFeaturesAreStandardizedOnTheTrainingRowsAndEndTheEmbedding() throws IOException {
        Table table = heavyAtomCounts();
        GnnLearnOperation.Settings base = settings();
        GnnLearnOperation.Settings settings = new GnnLearnOperation.Settings(base.smilesColumn(), base.tasks(),
                new GraphFeaturizerSpec("chemprop", StandardizerOptions.defaults(),
                        List.of(MoleculeFeatures.DESCRIPTORS), null),
                base.layer(), 16, 2, base.readout(), 0f, 16, 1, base.split(), base.fractions(),
                base.training().withEpochs(2));
        try (NDManager manager = TorchRuntime.newManager()) {
            LearnResult result = GnnLearnOperation.execute(table, settings, manager, TrainingListener.NONE,
                    () -> false);

            // the descriptors of every valid row, and their mean and population std over the training rows alone
            MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
            StringColumn smiles = table.stringColumn("smiles");
            int valid = table.rowCount() - 1;
            double[][] raw = new double[valid][];
            for (int row = 0; row < valid; row++) {
                raw[row] = new Descriptors().compute(standardizer.standardize(smiles.get(row)).molecule());
            }
            double[] mean = new double[11];
            double[] std = new double[11];
            int[] train = java.util.Arrays.stream(result.split().train()).filter(row -> row < valid).toArray();
            for (int k = 0; k < 11; k++) {
                for (int row : train) {
                    mean[k] += raw[row][k] / train.length;
                }
                for (int row : train) {
                    std[k] += (raw[row][k] - mean[k]) * (raw[row][k] - mean[k]) / train.length;
                }
                std[k] = std[k] > 0 ? Math.sqrt(std[k]) : 1.0;
            }

            Table out = GnnPredictOperation.execute(table, "smiles", result.bundle(), manager, 16, true, () -> false);
            DoubleVectorColumn embeddings = out.doubleVectorColumn(GnnPredictOperation.EMBEDDING);
            assertEquals(16 + 11, embeddings.fixedLength());
            for (int row = 0; row < valid; row++) {
                double[] vector = embeddings.getVector(row);
                for (int k = 0; k < 11; k++) {
                    assertEquals((raw[row][k] - mean[k]) / std[k], vector[16 + k], 1e-4,
                            "row " + (row + 1) + ", descriptor " + k);
                }
            }

            Path file = dir.resolve("with-descriptors.mfb");
            result.bundle().write(file);
            ModelBundle loaded = ModelBundle.read(file, GnnArchitecture.factory(), manager);
            DoubleColumn before = out.doubleColumn("heavy_atoms_predicted");
            DoubleColumn after = GnnPredictOperation.execute(table, "smiles", loaded, manager, 16, () -> false)
                    .doubleColumn("heavy_atoms_predicted");
            for (int row = 0; row < valid; row++) {
                assertEquals(before.getDouble(row), after.getDouble(row), 0.0, "row " + (row + 1));
            }
            assertTrue(after.isMissing(valid));
        }
    }

    @Test
    void bundlesWrittenBeforeMoleculeFeaturesStillRead() {
        String before = GraphFeaturizerSpec.chemprop().toJson()
                .replaceAll(",\\s*\"moleculeFeature[^:]*\":[^,}]*", "");
        assertTrue(before.contains("standardizer") && !before.contains("moleculeFeature"), before);
        GraphFeaturizerSpec spec = GraphFeaturizerSpec.fromJson(before);
        assertEquals(List.of(), spec.moleculeFeatures());
        assertEquals(0, spec.moleculeFeatureSize());
        GnnArchitecture old = GnnArchitecture.fromJson("{\"encoder\":{\"layerType\":\"DMPNN\",\"hiddenSize\":300,"
                + "\"depth\":3,\"readout\":\"MEAN\",\"dropout\":0.0,\"atomFeatureSize\":133,\"bondFeatureSize\":14},"
                + "\"headHidden\":300,\"headLayers\":1,\"headDropout\":0.0,\"tasks\":1}");
        assertEquals(0, old.moleculeFeatureSize());
        assertEquals(1, old.ensembleSize());
        assertEquals(300, old.embeddingSize());
    }

    @Test
    void anEnsemblePredictsTheMeanOfTheModelsItsSeedsGiveAlone() throws IOException {
        Table table = heavyAtomCounts();
        GnnLearnOperation.Settings base = settings();
        GnnLearnOperation.Settings single = new GnnLearnOperation.Settings(base.smilesColumn(), base.tasks(),
                base.featurizer(), base.layer(), 16, 2, base.readout(), 0f, 16, 1, base.split(), base.fractions(),
                base.training().withEpochs(3));
        try (NDManager manager = TorchRuntime.newManager()) {
            List<EpochRecord> epochs = new ArrayList<>();
            LearnResult ensemble = GnnLearnOperation.execute(table, single.withEnsembleSize(2), manager, epochs::add,
                    () -> false);
            LearnResult seed3 = GnnLearnOperation.execute(table, single, ensemble.split(), manager,
                    TrainingListener.NONE, () -> false);
            LearnResult seed4 = GnnLearnOperation.execute(table,
                    single.withTraining(single.training().withSeed(4)), ensemble.split(), manager,
                    TrainingListener.NONE, () -> false);

            assertEquals(List.of(1, 2, 3, 4, 5, 6), epochs.stream().map(EpochRecord::epoch).toList(),
                    "the second model's epochs follow the first's");
            assertEquals(6, ensemble.training().history().size());
            Table both = GnnPredictOperation.execute(table, "smiles", ensemble.bundle(), manager, 16, true,
                    () -> false);
            Table alone3 = GnnPredictOperation.execute(table, "smiles", seed3.bundle(), manager, 16, true,
                    () -> false);
            Table alone4 = GnnPredictOperation.execute(table, "smiles", seed4.bundle(), manager, 16, true,
                    () -> false);
            DoubleVectorColumn embeddings = both.doubleVectorColumn(GnnPredictOperation.EMBEDDING);
            assertEquals(32, embeddings.fixedLength(), "both models' head inputs");
            int valid = table.rowCount() - 1;
            for (int row = 0; row < valid; row++) {
                double mean = (alone3.doubleColumn("heavy_atoms_predicted").getDouble(row)
                        + alone4.doubleColumn("heavy_atoms_predicted").getDouble(row)) / 2;
                assertEquals(mean, both.doubleColumn("heavy_atoms_predicted").getDouble(row), 1e-4,
                        "row " + (row + 1));
                double[] joined = embeddings.getVector(row);
                double[] first = alone3.doubleVectorColumn(GnnPredictOperation.EMBEDDING).getVector(row);
                double[] second = alone4.doubleVectorColumn(GnnPredictOperation.EMBEDDING).getVector(row);
                for (int k = 0; k < 16; k++) {
                    assertEquals(first[k], joined[k], 1e-6, "row " + (row + 1) + ", first model, " + k);
                    assertEquals(second[k], joined[16 + k], 1e-6, "row " + (row + 1) + ", second model, " + k);
                }
            }

            Path file = dir.resolve("ensemble.mfb");
            ensemble.bundle().write(file);
            ModelBundle loaded = ModelBundle.read(file, GnnArchitecture.factory(), manager);
            DoubleColumn reloaded = GnnPredictOperation.execute(table, "smiles", loaded, manager, 16, () -> false)
                    .doubleColumn("heavy_atoms_predicted");
            for (int row = 0; row < valid; row++) {
                assertEquals(both.doubleColumn("heavy_atoms_predicted").getDouble(row), reloaded.getDouble(row),
                        0.0, "row " + (row + 1));
            }
        }
    }
}
