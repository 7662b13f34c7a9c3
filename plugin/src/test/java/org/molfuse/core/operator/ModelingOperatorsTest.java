package org.molfuse.core.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.data.DatasetReaderOperator;
import org.molfuse.core.operator.learners.GnnLearnerOperator;
import org.molfuse.core.operator.learners.GnnPredictorOperator;
import org.molfuse.core.operator.scoring.DataSplitterOperator;
import org.molfuse.core.operator.scoring.ScorerOperator;
import org.molfuse.core.train.TaskKind;

/** Reader, splitter, learner, predictor and scorer chained as a workflow would chain them. */
class ModelingOperatorsTest {

    @TempDir
    Path dir;

    /** Chains and ring-bearing chains labelled with their heavy-atom count, plus one invalid SMILES. */
    private static Table heavyAtomCounts() {
        List<String> smiles = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (int carbons = 1; carbons <= 8; carbons++) {
            String chain = "C".repeat(carbons);
            String[] variants = {chain, chain + "O", chain + "N", "O" + chain + "O", chain + "C1CCCCC1",
                chain + "c1ccccc1"};
            int[] extra = {0, 1, 1, 2, 6, 6};
            for (int v = 0; v < variants.length; v++) {
                smiles.add(variants[v]);
                labels.add((double) carbons + extra[v]);
            }
        }
        smiles.add("C1CC(");
        labels.add(3.0);
        DoubleColumn.Builder y = DoubleColumn.builder("heavy_atoms");
        labels.forEach(y::add);
        return Table.of(StringColumn.of("smiles", smiles), y.build());
    }

    private static List<PortValue> run(Operator operator, ParameterValues values, PortValue... inputs)
            throws Exception {
        return Operators.execute(operator, List.of(inputs), values, ExecutionControl.silent());
    }

    private static Table table(PortValue value) {
        return ((PortValue.TableValue) value).table();
    }

    @Test
    void splitterKeepsEveryRowOnceAndRepeatsWithTheSeed() throws Exception {
        Operator splitter = new DataSplitterOperator();
        Table input = heavyAtomCounts();
        ParameterValues values = ParameterValues.defaults(splitter).with("method", "scaffold");
        List<PortValue> parts = run(splitter, values, PortValue.of(input));
        Set<String> seen = new HashSet<>();
        int rows = 0;
        for (PortValue part : parts) {
            rows += table(part).rowCount();
            seen.addAll(table(part).stringColumn("smiles").toList());
        }
        assertEquals(input.rowCount(), rows);
        assertEquals(new HashSet<>(input.stringColumn("smiles").toList()), seen);
        // chemprop's balanced scaffold split adds whole scaffold groups while training stays within 0.8 x 49 rows
        assertTrue(table(parts.get(0)).rowCount() <= 39, "train rows " + table(parts.get(0)).rowCount());
        assertEquals(parts.stream().map(p -> table(p).stringColumn("smiles").toList()).toList(),
                run(splitter, values, PortValue.of(input)).stream()
                        .map(p -> table(p).stringColumn("smiles").toList()).toList());
        InvalidParameterException fractions = assertThrows(InvalidParameterException.class, () -> run(splitter,
                values.with("test_fraction", 0.3), PortValue.of(input)));
        assertTrue(fractions.getMessage().startsWith("setting 'train_fraction'"), fractions.getMessage());
        InvalidParameterException stratified = assertThrows(InvalidParameterException.class, () -> run(splitter,
                values.with("method", "stratified"), PortValue.of(input)));
        assertTrue(stratified.getMessage().contains("label column"), stratified.getMessage());
    }

    @Test
    void learnsPredictsAndScoresThroughTheOperators() throws Exception {
        Table all = heavyAtomCounts();
        Operator splitter = new DataSplitterOperator();
        List<PortValue> parts = run(splitter, ParameterValues.defaults(splitter).with("seed", 3), PortValue.of(all));

        Operator learner = new GnnLearnerOperator();
        ParameterValues learning = ParameterValues.defaults(learner).with("target_columns", List.of("heavy_atoms"))
                .with("hidden_size", 32).with("head_hidden_size", 32).with("depth", 2).with("readout", "sum")
                .with("epochs", 40).with("batch_size", 8).with("learning_rate", 3e-3).with("seed", 3);
        List<PortSpec> configured = learner.configure(List.of(parts.get(0).spec(), parts.get(1).spec()),
                Operators.resolve(learner, learning, List.of(parts.get(0).spec(), parts.get(1).spec())));
        assertNull(configured.get(0), "task type auto: the model spec needs the labels");
        List<PortValue> learned = run(learner, learning, parts.get(0), parts.get(1));
        PortValue.ModelValue model = (PortValue.ModelValue) learned.get(0);
        assertEquals(new ModelSpec("gnn", List.of("heavy_atoms"), List.of(TaskKind.REGRESSION), 32), model.spec());
        Table history = table(learned.get(1));
        assertEquals(40, history.rowCount());
        assertEquals(1, history.intColumn("epoch").getInt(0));

        Operator predictor = new GnnPredictorOperator();
        ParameterValues predicting = ParameterValues.defaults(predictor).with("append_embedding", true);
        List<PortValue> predictedPorts = run(predictor, predicting, model, PortValue.of(all));
        Table predicted = table(predictedPorts.get(0));
        assertEquals(predictor.configure(List.of(model.spec(), TableSpec.of(all)),
                Operators.resolve(predictor, predicting, List.of(model.spec(), TableSpec.of(all)))).get(0),
                TableSpec.of(predicted));
        DoubleColumn predictions = predicted.doubleColumn("heavy_atoms_predicted");
        assertTrue(predictions.isMissing(all.rowCount() - 1), "the invalid SMILES keeps its row");
        assertTrue(predictions.missingReason(all.rowCount() - 1).orElseThrow().contains("unclosed ring"));
        assertEquals(32, predicted.doubleVectorColumn("graph_embedding").getVector(0).length);

        Operator scorer = new ScorerOperator();
        Table scores = table(run(scorer, ParameterValues.defaults(scorer).with("truth_columns",
                List.of("heavy_atoms")), PortValue.of(predicted)).get(0));
        assertEquals(List.of("rmse", "mae", "r2", "pearson"), scores.stringColumn("metric").toList());
        double rmse = scores.doubleColumn("value").getDouble(0);
        // labels span 1..14 (standard deviation about 3.4); a sum readout can count atoms almost exactly
        assertTrue(rmse < 1.0, "RMSE over all molecules " + rmse);

        List<PortValue> again = run(learner, learning, parts.get(0), parts.get(1));
        assertArrayEquals(model.bundle(), ((PortValue.ModelValue) again.get(0)).bundle(),
                "the same seed gives the same weights");
    }

    @Test
    void aDamagedModelIsReportedNotRun() {
        Operator predictor = new GnnPredictorOperator();
        PortValue.ModelValue damaged = new PortValue.ModelValue(new ModelSpec("gnn", List.of("y"),
                List.of(TaskKind.REGRESSION), 8), "MFBUNDLE garbage".getBytes());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> run(predictor,
                ParameterValues.defaults(predictor), damaged, PortValue.of(heavyAtomCounts())));
        assertTrue(error.getMessage().startsWith("model bundle 'at the model input' is truncated"),
                error.getMessage());
    }

    @Test
    void scorerMatchesHandComputedValuesAndNamesMissingPredictions() throws Exception {
        Operator scorer = new ScorerOperator();
        DoubleColumn.Builder predictions = DoubleColumn.builder("y_predicted").add(1).add(2).add(5);
        predictions.addMissing("invalid SMILES");
        Table table = Table.of(DoubleColumn.of("y", 1, 2, 3, 9), predictions.build());
        List<String> warnings = new ArrayList<>();
        ExecutionControl control = TestControls.collecting(warnings);
        Table scores = table(Operators.execute(scorer, List.of(PortValue.of(table)),
                ParameterValues.defaults(scorer).with("truth_columns", List.of("y")), control).get(0));
        assertEquals(List.of("1 label without a prediction (invalid molecules) left out of the scores"), warnings);
        // the unpredicted row is left out; errors 0, 0, 2: RMSE = sqrt(4 / 3), MAE = 2 / 3
        assertEquals(Math.sqrt(4.0 / 3), scores.doubleColumn("value").getDouble(0), 1e-12);
        assertEquals(2.0 / 3, scores.doubleColumn("value").getDouble(1), 1e-12);
        InvalidParameterException missing = assertThrows(InvalidParameterException.class, () -> run(scorer,
                ParameterValues.defaults(scorer).with("truth_columns", List.of("y")).with("prediction_suffix", "_p"),
                PortValue.of(table)));
        assertTrue(missing.getMessage().startsWith("setting 'prediction_suffix'"), missing.getMessage());
    }

    @Test
    void readerMakesNumberColumnsOfAllNumericColumns() throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "name,smiles,activity,id\na,CCO,1.5,7\nb,c1ccccc1,,8\n");
        Operator reader = new DatasetReaderOperator();
        ParameterValues values = ParameterValues.defaults(reader).with("dataset", "file")
                .with("file", file.toString());
        Table table = table(run(reader, values).get(0));
        assertEquals(List.of(ColumnType.STRING, ColumnType.STRING, ColumnType.DOUBLE, ColumnType.DOUBLE),
                TableSpec.of(table).columns().stream().map(ColumnSpec::type).toList());
        assertTrue(table.doubleColumn("activity").isMissing(1));
        assertEquals(TableSpec.of(table), reader.configure(List.of(), values).get(0));
        InvalidParameterException absent = assertThrows(InvalidParameterException.class, () -> run(reader,
                values.with("file", dir.resolve("nope.csv").toString())));
        assertTrue(absent.getMessage().startsWith("setting 'file' (File): there is no file"), absent.getMessage());
    }

    @Test
    void readerFindsMoleculeNetBenchmarksByName() throws Exception {
        Operator reader = new DatasetReaderOperator();
        Table esol = table(run(reader, ParameterValues.defaults(reader)).get(0));
        // delaney-processed.csv: 1,128 molecules
        assertEquals(1128, esol.rowCount());
        assertEquals(ColumnType.DOUBLE, esol.column("measured log solubility in mols per litre").type());
    }
}
