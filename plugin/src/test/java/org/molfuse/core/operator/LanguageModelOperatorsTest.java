package org.molfuse.core.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.SharedDatasets;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.PretrainedEncoder;
import org.molfuse.core.lm.PretrainedLm;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.languagemodels.LmEncoderOperator;
import org.molfuse.core.operator.languagemodels.LmLearnerOperator;
import org.molfuse.core.operator.languagemodels.LmPredictorOperator;
import org.molfuse.core.operator.languagemodels.SmilesLmPretrainerOperator;
import org.molfuse.core.train.TaskKind;

/** The language-model nodes chained as a workflow chains them: pretrainer into encoder, learner into predictor. */
class LanguageModelOperatorsTest {

    private static PortValue.ModelValue pretrained;
    private static Table pretrainingHistory;
    private static final List<String> PRETRAINING_WARNINGS = new ArrayList<>();

    @BeforeAll
    static void pretrainOnAFewHundredMolecules() throws Exception {
        List<String> corpus = new ArrayList<>(CsvTables.read(SharedDatasets.directory().resolve("moses_test.csv.gz"))
                .stringColumn("SMILES").toList().subList(0, 300));
        corpus.add("C1CC(");
        corpus.add(null);
        Operator pretrainer = new SmilesLmPretrainerOperator();
        ParameterValues values = ParameterValues.defaults(pretrainer).with("steps", 10).with("batch_size", 8)
                .with("warmup_steps", 2).with("validate_every", 5).with("max_length", 64);
        List<PortValue> outputs = Operators.execute(pretrainer, List.of(PortValue.of(Table.of(
                StringColumn.of("smiles", corpus)))), values, TestControls.collecting(PRETRAINING_WARNINGS));
        pretrained = (PortValue.ModelValue) outputs.get(0);
        pretrainingHistory = table(outputs.get(1));
    }

    private static Table table(PortValue value) {
        return ((PortValue.TableValue) value).table();
    }

    private static Table run(Operator operator, ParameterValues values, PortValue... inputs) throws Exception {
        return table(Operators.execute(operator, Arrays.asList(inputs), values, ExecutionControl.silent()).get(0));
    }

    /** Small molecules labelled with their heavy-atom count; the last row is invalid. */
    private static Table heavyAtoms(int from, int to) {
        List<String> smiles = new ArrayList<>();
        DoubleColumn.Builder labels = DoubleColumn.builder("heavy_atoms");
        for (int carbons = from; carbons <= to; carbons++) {
            for (String[] variant : new String[][] {{"", "0"}, {"O", "1"}, {"N", "1"}, {"c1ccccc1", "6"}}) {
                smiles.add("C".repeat(carbons) + variant[0]);
                labels.add(carbons + Integer.parseInt(variant[1]));
            }
        }
        smiles.add("C1CC(");
        labels.add(3);
        return Table.of(StringColumn.of("smiles", smiles), labels.build());
    }

    private static ParameterValues learnerValues(String mode, int epochs) {
        return ParameterValues.defaults(new LmLearnerOperator()).with("smiles_column", "smiles")
                .with("target_columns", List.of("heavy_atoms"))
                .with("task_type", "regression").with("mode", mode).with("epochs", epochs).with("batch_size", 8);
    }

    @Test
    void thePretrainerWritesALanguageModelAndOneHistoryRowPerValidation() throws Exception {
        ModelSpec spec = pretrained.spec();
        assertEquals(SmilesLmPretrainerOperator.MODEL_TYPE, spec.modelType());
        assertEquals(List.of(), spec.taskNames());
        assertEquals(256, spec.embeddingSize(), "the small preset's width");
        List<Integer> steps = new ArrayList<>();
        for (int row = 0; row < pretrainingHistory.rowCount(); row++) {
            steps.add(pretrainingHistory.intColumn("step").getInt(row));
        }
        assertEquals(List.of(0, 5, 10), steps, "the untrained model, then every 5 steps");
        assertTrue(pretrainingHistory.doubleColumn("train_loss").isMissing(0), "nothing trained before step 0");
        for (int row = 0; row < 3; row++) {
            double accuracy = pretrainingHistory.doubleColumn("validation_accuracy").getDouble(row);
            assertTrue(accuracy >= 0 && accuracy <= 1, "accuracy " + accuracy);
        }
        assertEquals(1, PRETRAINING_WARNINGS.size());
        assertTrue(PRETRAINING_WARNINGS.get(0).startsWith("2 of 302 molecules"), PRETRAINING_WARNINGS.get(0));
        try (NDManager manager = TorchRuntime.newManager()) {
            PretrainedLm model = PretrainedLm.fromBytes(pretrained.bundle(), "the port", manager);
            assertEquals(10, model.steps());
            assertEquals(64, model.maxLength());
        }
    }

    @Test
    void theEncoderEmbedsWithTheConnectedModel() throws Exception {
        Operator encoder = new LmEncoderOperator();
        Table input = Table.of(StringColumn.of("smiles", "OCC", "not a molecule", "c1ccccc1O"));
        DoubleVectorColumn vectors = run(encoder, ParameterValues.defaults(encoder), PortValue.of(input), pretrained)
                .doubleVectorColumn("lm_embedding");
        assertTrue(vectors.isMissing(1));
        float[][] expected;
        try (NDManager manager = TorchRuntime.newManager()) {
            // the encoder reads each valid molecule's canonical SMILES, in one batch
            MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
            List<String> canonical = List.of(standardizer.standardize("CCO").canonicalSmiles(),
                    standardizer.standardize("Oc1ccccc1").canonicalSmiles());
            expected = PretrainedLm.fromBytes(pretrained.bundle(), "the port", manager)
                    .embed(canonical, SmilesLmPredictor.Pooling.CLS, 2, manager, () -> false);
        }
        assertVectorEquals(expected[0], vectors.get(0), "ethanol, read as its canonical SMILES");
        assertVectorEquals(expected[1], vectors.get(2), "phenol, read as its canonical SMILES");
    }

    @Test
    void aConnectedModelAndAModelFileTogetherAreRefused() {
        Operator encoder = new LmEncoderOperator();
        ParameterValues values = ParameterValues.defaults(encoder).with("model_file", "/somewhere/model.mfb");
        Exception error = assertThrows(IllegalArgumentException.class, () -> run(encoder, values,
                PortValue.of(Table.of(StringColumn.of("smiles", "CCO"))), pretrained));
        assertTrue(error.getMessage().contains("clear the model file setting"), error.getMessage());
    }

    @Test
    void aGraphModelAtThePretrainedModelInputIsRefused() {
        ModelSpec graphModel = new ModelSpec("gnn", List.of("y"), List.of(TaskKind.REGRESSION), 300);
        Operator learner = new LmLearnerOperator();
        TableSpec table = TableSpec.of(heavyAtoms(1, 2));
        Exception error = assertThrows(IllegalArgumentException.class, () -> learner.configure(
                List.of(table, table, graphModel), learnerValues("full", 1)));
        assertTrue(error.getMessage().contains("'gnn' model"), error.getMessage());
    }

    @Test
    void frozenFineTuningPredictsFromTheEncoderAsPretrained() throws Exception {
        Operator learner = new LmLearnerOperator();
        List<PortValue> learned = Operators.execute(learner, List.of(PortValue.of(heavyAtoms(1, 8)),
                PortValue.of(heavyAtoms(9, 10)), pretrained), learnerValues("frozen", 2), ExecutionControl.silent());
        PortValue.ModelValue model = (PortValue.ModelValue) learned.get(0);
        assertEquals(LmLearnerOperator.MODEL_TYPE, model.spec().modelType());
        assertEquals(List.of("heavy_atoms"), model.spec().taskNames());
        assertEquals(256, model.spec().embeddingSize());
        assertEquals(2, table(learned.get(1)).rowCount(), "one history row per epoch");

        Table molecules = Table.of(StringColumn.of("smiles", "OCC", "C1CC(", "c1ccccc1CC"));
        Operator predictor = new LmPredictorOperator();
        Table predicted = run(predictor, ParameterValues.defaults(predictor).with("append_embedding", true), model,
                PortValue.of(molecules));
        assertEquals(3, predicted.rowCount());
        DoubleColumn predictions = predicted.doubleColumn("heavy_atoms_predicted");
        assertTrue(predictions.isMissing(1));
        assertTrue(predictions.missingReason(1).orElse("").startsWith("unparsable"),
                predictions.missingReason(1).toString());
        assertTrue(Double.isFinite(predictions.getDouble(0)) && Double.isFinite(predictions.getDouble(2)));

        // the frozen encoder is the pretrained one: its vectors are the LM Encoder's
        Operator encoder = new LmEncoderOperator();
        DoubleVectorColumn encoded = run(encoder, ParameterValues.defaults(encoder), PortValue.of(molecules),
                pretrained).doubleVectorColumn("lm_embedding");
        DoubleVectorColumn fineTuned = predicted.doubleVectorColumn("lm_embedding");
        assertArrayEquals(encoded.get(0), fineTuned.get(0), 1e-6);
        assertArrayEquals(encoded.get(2), fineTuned.get(2), 1e-6);
        assertTrue(fineTuned.isMissing(1));
    }

    @Test
    void aHuggingFaceCheckpointFineTunesAndItsTokenizerTravelsWithTheModel() throws Exception {
        Path config = Path.of(getClass().getResource("/fixtures/huggingface/roberta-tiny/config.json").toURI());
        PortValue.ModelValue model = (PortValue.ModelValue) Operators.execute(new LmLearnerOperator(),
                Arrays.asList(PortValue.of(heavyAtoms(1, 6)), PortValue.of(heavyAtoms(7, 8)), null),
                learnerValues("frozen", 1).with("model_file", config.toString()), ExecutionControl.silent()).get(0);
        assertEquals(16, model.spec().embeddingSize(), "the checkpoint's width");

        Table molecules = Table.of(StringColumn.of("smiles", "OCC", "C1CC(", "ClC1=CC=CC=C1"));
        Operator predictor = new LmPredictorOperator();
        Table predicted = run(predictor, ParameterValues.defaults(predictor).with("append_embedding", true), model,
                PortValue.of(molecules));
        assertTrue(predicted.doubleColumn("heavy_atoms_predicted").isMissing(1));
        // frozen: the predictor's vectors are the checkpoint's own, so the model carried the tokenizer faithfully
        float[][] expected;
        try (NDManager manager = TorchRuntime.newManager();
                PretrainedEncoder checkpoint = PretrainedEncoder.load(config, manager)) {
            MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
            expected = checkpoint.embed(List.of(standardizer.standardize("OCC").canonicalSmiles(),
                    standardizer.standardize("ClC1=CC=CC=C1").canonicalSmiles()), SmilesLmPredictor.Pooling.CLS, 64,
                    manager, () -> false);
        }
        DoubleVectorColumn vectors = predicted.doubleVectorColumn("lm_embedding");
        assertVectorEquals(expected[0], vectors.get(0), "ethanol");
        assertVectorEquals(expected[1], vectors.get(2), "chlorobenzene");
    }

    @Test
    void theSameSeedGivesTheSameFineTunedModel() throws Exception {
        Operator learner = new LmLearnerOperator();
        Operator predictor = new LmPredictorOperator();
        Table molecules = Table.of(StringColumn.of("smiles", "CCCO", "c1ccccc1N"));
        List<double[]> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            PortValue model = Operators.execute(learner, List.of(PortValue.of(heavyAtoms(1, 6)),
                    PortValue.of(heavyAtoms(7, 8)), pretrained), learnerValues("full", 1), ExecutionControl.silent())
                    .get(0);
            DoubleColumn predictions = run(predictor, ParameterValues.defaults(predictor), model,
                    PortValue.of(molecules)).doubleColumn("heavy_atoms_predicted");
            runs.add(new double[] {predictions.getDouble(0), predictions.getDouble(1)});
        }
        assertArrayEquals(runs.get(0), runs.get(1));
        assertFalse(runs.get(0)[0] == runs.get(0)[1], "two molecules, two predictions");
    }

    @Test
    void thePredictorRefusesAGraphModelAndNeedsItsModel() {
        Operator predictor = new LmPredictorOperator();
        ModelSpec graphModel = new ModelSpec("gnn", List.of("y"), List.of(TaskKind.REGRESSION), 300);
        Exception wrongModel = assertThrows(IllegalArgumentException.class, () -> predictor.configure(
                List.of(graphModel, TableSpec.of(heavyAtoms(1, 1))), ParameterValues.defaults(predictor)));
        assertTrue(wrongModel.getMessage().contains("runs models of the LM Learner"), wrongModel.getMessage());
        Exception missing = assertThrows(IllegalArgumentException.class, () -> run(predictor,
                ParameterValues.defaults(predictor), null, PortValue.of(heavyAtoms(1, 1))));
        assertTrue(missing.getMessage().contains("needs input 1 (Model)"), missing.getMessage());
    }

    private static void assertVectorEquals(float[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6, what + " at " + i);
        }
    }
}
