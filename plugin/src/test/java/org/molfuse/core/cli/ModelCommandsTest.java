package org.molfuse.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.Table;

class ModelCommandsTest {

    private static final String[] SMALL_MODEL = {"--hidden", "16", "--depth", "2", "--epochs", "2",
        "--batch-size", "8"};

    @TempDir
    Path dir;

    /** 24 small molecules labelled with their heavy-atom count, plus one invalid SMILES. */
    private Path molecules() throws IOException {
        StringBuilder csv = new StringBuilder("smiles,heavy\n");
        for (int carbons = 1; carbons <= 8; carbons++) {
            String chain = "C".repeat(carbons);
            csv.append(chain).append(',').append(carbons).append('\n');
            csv.append(chain).append("O,").append(carbons + 1).append('\n');
            csv.append(chain).append("c1ccccc1,").append(carbons + 6).append('\n');
        }
        csv.append("C1CC(,3\n");
        Path file = dir.resolve("molecules.csv");
        Files.writeString(file, csv.toString());
        return file;
    }

    private static String[] args(String[] fixed, String... more) {
        String[] all = new String[fixed.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(fixed, 0, all, more.length, fixed.length);
        return all;
    }

    @Test
    void trainThenPredictKeepsEveryRowAndExplainsTheInvalidOne() throws IOException {
        Path input = molecules();
        Path model = dir.resolve("model.mfb");
        CliRun train = CliRun.of(args(SMALL_MODEL, "train", "--input", input.toString(), "--task", "heavy:regression",
                "--output", model.toString()));
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("epoch   2") && train.out().contains("1 invalid SMILES"), train.out());

        Path output = dir.resolve("predicted.csv");
        CliRun predict = CliRun.of("predict", "--input", input.toString(), "--model", model.toString(),
                "--output", output.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        Table table = CsvTables.read(output);
        assertEquals(25, table.rowCount());
        DoubleColumn predicted = DoubleColumn.parse(table.stringColumn("heavy_predicted"));
        assertEquals(1, predicted.missingCount());
        assertTrue(predicted.isMissing(24));
    }

    @Test
    void asWrittenKeepsSaltsAndChargesThroughPrediction() throws IOException {
        Path salts = dir.resolve("salts.csv");
        Files.writeString(salts, "smiles\nCC[NH3+]\nCCN\nCCN.Cl\n");
        // standardized, the three are one molecule (ethylamine) with one prediction; as written, three graphs
        assertEquals(1, distinctPredictions(salts));
        assertEquals(3, distinctPredictions(salts, "--as-written"));
    }

    private long distinctPredictions(Path molecules, String... trainOptions) throws IOException {
        Path model = dir.resolve("model" + trainOptions.length + ".mfb");
        CliRun train = CliRun.of(args(args(SMALL_MODEL, trainOptions), "train", "--input", molecules().toString(),
                "--task", "heavy:regression", "--output", model.toString()));
        assertEquals(0, train.exitCode(), train.err());
        Path output = dir.resolve("predicted.csv");
        CliRun predict = CliRun.of("predict", "--input", molecules.toString(), "--model", model.toString(),
                "--output", output.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        return CsvTables.read(output).stringColumn("heavy_predicted").toList().stream().distinct().count();
    }

    @Test
    void damagedModelFileIsOneLineNamingTheFile() throws IOException {
        Path input = molecules();
        Path model = dir.resolve("broken.mfb");
        Files.writeString(model, "not a model");
        CliRun run = CliRun.of("predict", "--input", input.toString(), "--model", model.toString(),
                "--output", dir.resolve("o.csv").toString());
        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("broken.mfb"), run.err());
    }

    @Test
    void benchmarkWritesOneValuePerSeedAndTheirMean() throws IOException {
        Path input = molecules();
        Path json = dir.resolve("bench.json");
        CliRun run = CliRun.of(args(SMALL_MODEL, "benchmark", "--data", input.toString(), "--task", "heavy:regression",
                "--seeds", "0,1", "--json", json.toString()));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertEquals("rmse", result.get("metric").asText());
        assertEquals(2, result.get("values").size());
        double mean = (result.get("values").get(0).asDouble() + result.get("values").get(1).asDouble()) / 2;
        assertEquals(mean, result.get("mean").asDouble(), 1e-12);
        assertTrue(result.get("train_molecules_per_second").asDouble() > 0);
        // the same-run baseline: any CPU that trains at all multiplies faster than 100 MFLOP/s
        assertTrue(result.get("matmul_flops_per_second").asDouble() > 1e8, result.toString());
        assertTrue(run.out().contains("same-run baseline: matmul 1300x300x300"), run.out());
    }

    @Test
    void aMultiTaskBenchmarkReportsEveryTaskAndTheirMacroAverage() throws IOException {
        // a second task, the aromatic ring count, beside the heavy-atom count
        List<String> lines = Files.readAllLines(molecules());
        StringBuilder csv = new StringBuilder("smiles,heavy,aromatic\n");
        for (String line : lines.subList(1, lines.size())) {
            csv.append(line).append(',').append(line.contains("c1ccccc1") ? 1 : 0).append('\n');
        }
        Path input = dir.resolve("two-tasks.csv");
        Files.writeString(input, csv.toString());
        Path json = dir.resolve("bench.json");
        CliRun run = CliRun.of(args(SMALL_MODEL, "benchmark", "--data", input.toString(), "--task", "heavy:regression",
                "--task", "aromatic:regression", "--seeds", "0,1", "--json", json.toString()));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        JsonNode perTask = result.get("per_task");
        List<String> tasks = new java.util.ArrayList<>();
        perTask.fieldNames().forEachRemaining(tasks::add);
        assertEquals(List.of("heavy", "aromatic"), tasks, "every task, in --task order");
        for (int seed = 0; seed < 2; seed++) {
            double macro = (perTask.get("heavy").get(seed).asDouble() + perTask.get("aromatic").get(seed).asDouble()) / 2;
            assertEquals(macro, result.get("values").get(seed).asDouble(), 1e-12, "the test score is the task mean");
        }
        assertTrue(run.out().contains("  aromatic "), run.out());
    }

    @Test
    void givenSplitFilesTrainOnExactlyThoseRows() throws IOException {
        Table all = CsvTables.read(molecules());
        // rows 1-16 train, 17-20 validate, 21-24 test; the invalid row is dropped here
        CsvTables.write(all.select(range(0, 16)), dir.resolve("train.csv"));
        CsvTables.write(all.select(range(16, 20)), dir.resolve("valid.csv"));
        CsvTables.write(all.select(range(20, 24)), dir.resolve("test.csv"));
        CliRun run = CliRun.of(args(SMALL_MODEL, "benchmark", "--train", dir.resolve("train.csv").toString(),
                "--valid", dir.resolve("valid.csv").toString(), "--test", dir.resolve("test.csv").toString(),
                "--smiles-column", "smiles", "--task", "heavy:regression", "--seeds", "0"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(dir.resolve("train.csv") + ": 16 / 4 / 4 train / validation / test molecules"),
                run.out());
    }

    private static int[] range(int from, int to) {
        int[] rows = new int[to - from];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = from + i;
        }
        return rows;
    }
}
