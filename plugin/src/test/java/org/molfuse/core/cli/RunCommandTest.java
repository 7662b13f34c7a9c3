package org.molfuse.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.workflow.Workflow.Connection;
import org.molfuse.core.workflow.WorkflowWriter;
import org.molfuse.core.workflow.WorkflowWriter.NodeEntry;

/** {@code ./molfuse run}: a tiny workflow folder executed and checked, exit codes and written outputs. */
class RunCommandTest {

    private static final String READER = "org.molfuse.knime.data.reader.DatasetReaderNodeFactory";
    private static final String STANDARDIZER = "org.molfuse.knime.chemistry.standardizer.SmilesStandardizerNodeFactory";
    private static final String SCAFFOLDS = "org.molfuse.knime.chemistry.scaffolds.ScaffoldsNodeFactory";

    private static final String MOLECULES = "name,smiles\n"
            + "sodium benzoate,[Na+].[O-]C(=O)c1ccccc1\n"
            + "ethanol,CCO\n"
            + "unclosed ring,C1CC(\n"
            + "toluene,Cc1ccccc1\n";

    private static final String ROWS = "{\"node\": 1, \"port\": 1, \"rows\": 4}";
    private static final String BENZOIC_ACID = "{\"node\": 2, \"port\": 1, \"where\": {\"name\": \"sodium benzoate\"}, "
            + "\"column\": \"standardized_smiles\", \"equals\": \"O=C(O)c1ccccc1\"}";
    private static final String ONE_INVALID = "{\"node\": 2, \"port\": 1, \"column\": \"standardized_smiles\", "
            + "\"missing\": 1}";

    @TempDir
    Path dir;

    private static NodeEntry node(int id, String factory, UnaryOperator<ParameterValues> settings) {
        return new NodeEntry(id, factory, settings.apply(ParameterValues.defaults(OperatorRegistry.create(factory))),
                100 * id, 100);
    }

    /** Reader of the workflow's data/molecules.csv, then the SMILES Standardizer on column {@code column}. */
    private static Path workflow(Path folder, String column, String... checks) throws IOException {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data").resolve("molecules.csv"), MOLECULES);
        WorkflowWriter.write(folder, List.of(
                node(1, READER, values -> values.with("dataset", "file")
                        .with("file", "knime://knime.workflow/data/molecules.csv")),
                node(2, STANDARDIZER, values -> values.with("smiles_column", column))),
                List.of(new Connection(1, 1, 2, 1)));
        if (checks.length > 0) {
            Files.writeString(folder.resolve("expectations.json"), "{\"checks\": [" + String.join(",\n", checks)
                    + "]}\n");
        }
        return folder;
    }

    @Test
    void aWorkflowMeetingItsExpectationsExitsZeroAndWritesEveryOutput() throws IOException {
        Path folder = workflow(dir.resolve("tiny"), "smiles", ROWS, BENZOIC_ACID, ONE_INVALID);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run", folder.toString(), "--output", out.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("== " + folder + "\n"), run.out());
        assertTrue(run.out().contains("Dataset Reader (#1) ...\n"), run.out());
        assertTrue(run.out().contains("SMILES Standardizer (#2) done in "), run.out());
        assertTrue(run.out().contains("  ok     SMILES Standardizer (#2) port 1 column 'standardized_smiles' "
                + "missing 1\n"), run.out());
        assertTrue(run.out().endsWith("expectations: 3 of 3 met\n"), run.out());
        assertFalse(run.out().contains("FAILED"), run.out());

        Path outputs = out.resolve("tiny");
        assertTrue(run.out().contains("outputs: " + outputs + "\n"), run.out());
        Table read = CsvTables.read(outputs.resolve("Dataset Reader (#1)").resolve("port_1.csv"));
        assertEquals(4, read.rowCount());
        assertEquals(List.of("name", "smiles"), read.columnNames());
        Table standardized = CsvTables.read(outputs.resolve("SMILES Standardizer (#2)").resolve("port_1.csv"));
        assertEquals(4, standardized.rowCount());
        assertEquals("O=C(O)c1ccccc1", standardized.stringColumn("standardized_smiles").getString(0));
        assertEquals(List.of("ok", "ok", "unparsable", "ok"), standardized.stringColumn("reason").toList());
    }

    @Test
    void anUnmetExpectationExitsOneAndSaysWhatWasFound() throws IOException {
        String fiveRows = "{\"node\": 1, \"port\": 1, \"rows\": 5, \"why\": \"one row too many\"}";
        Path folder = workflow(dir.resolve("tiny"), "smiles", fiveRows, BENZOIC_ACID, ONE_INVALID);
        CliRun run = CliRun.of("run", folder.toString(), "--output", dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  FAILED Dataset Reader (#1) port 1 rows 5: the table has 4 rows "
                + "(one row too many)\n"), run.out());
        assertTrue(run.out().contains("  ok     SMILES Standardizer (#2) port 1 column 'standardized_smiles' where "
                + "{\"name\":\"sodium benzoate\"} equals \"O=C(O)c1ccccc1\"\n"), run.out());
        assertTrue(run.out().endsWith("expectations: 2 of 3 met\n"), run.out());
    }

    @Test
    void withoutExpectationsNothingIsChecked() throws IOException {
        Path folder = workflow(dir.resolve("tiny"), "smiles");
        CliRun run = CliRun.of("run", folder.toString(), "--output", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().endsWith("no expectations.json: nothing checked\n"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve("tiny").resolve("SMILES Standardizer (#2)")
                .resolve("port_1.csv")));
    }

    @Test
    void anUnknownNodeExitsTwoBeforeAnythingRuns() throws IOException {
        Path folder = workflow(dir.resolve("tiny"), "smiles", ROWS);
        Path settings = folder.resolve("SMILES Standardizer (#2)").resolve("settings.xml");
        Files.writeString(settings, Files.readString(settings).replace(STANDARDIZER,
                "org.knime.chem.base.node.converter.MoleculeTypeCastNodeFactory"));
        CliRun run = CliRun.of("run", folder.toString(), "--output", dir.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("run: " + folder + ": SMILES Standardizer (#2): unknown node factory "
                + "'org.knime.chem.base.node.converter.MoleculeTypeCastNodeFactory': not a MolFuse node"), run.err());
        assertEquals("== " + folder + "\n", run.out(), "no node ran");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aSettingThatDoesNotFitTheDataExitsTwo() throws IOException {
        Path folder = workflow(dir.resolve("tiny"), "SMILES", ROWS);
        CliRun run = CliRun.of("run", folder.toString(), "--output", dir.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("run: " + folder + ": SMILES Standardizer (#2): setting 'smiles_column' (SMILES column): column "
                + "'SMILES' is not in the input table; its columns are [name, smiles]\n", run.err());
        assertFalse(run.out().contains("Dataset Reader (#1) ..."), run.out());
    }

    @Test
    void aFolderWithoutAWorkflowExitsTwo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty").resolve("sub"));
        CliRun run = CliRun.of("run", empty.getParent().toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("run: " + empty.getParent() + " holds no KNIME workflow (no workflow.knime in it or below)\n",
                run.err());

        CliRun absent = CliRun.of("run", dir.resolve("nowhere").toString());
        assertEquals(2, absent.exitCode());
        assertEquals("run: there is no folder '" + dir.resolve("nowhere") + "'\n", absent.err());
    }

    @Test
    void aFolderOfWorkflowsRunsEachAndSummarizes() throws IOException {
        Path suite = dir.resolve("suite");
        Path good = workflow(suite.resolve("a-good"), "smiles", ROWS, ONE_INVALID);
        Path bad = workflow(suite.resolve("b-bad"), "smiles", "{\"node\": 2, \"port\": 1, \"column\": \"reason\", "
                + "\"missing\": 1}");
        Files.createDirectories(suite.resolve("c-not-a-workflow"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run", suite.toString(), "--output", out.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("expectations: 2 of 2 met\n"), run.out());
        assertTrue(run.out().contains("  FAILED SMILES Standardizer (#2) port 1 column 'reason' missing 1: "
                + "0 cells are missing\n"), run.out());
        assertTrue(run.out().endsWith("\nok     " + good + "\nFAILED " + bad + "\n"), run.out());
        assertTrue(Files.isRegularFile(out.resolve("a-good").resolve("Dataset Reader (#1)").resolve("port_1.csv")));
        assertTrue(Files.isRegularFile(out.resolve("b-bad").resolve("SMILES Standardizer (#2)")
                .resolve("port_1.csv")));
    }

    @Test
    void anExpectationsFileWithAnUnknownKeyExitsTwo() throws IOException {
        Path folder = workflow(dir.resolve("tiny"), "smiles", "{\"node\": 1, \"port\": 1, \"row\": 4}");
        CliRun run = CliRun.of("run", folder.toString(), "--output", dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), "a check without anything to compare is an unmet expectation: "
                + run.out() + run.err());

        Files.writeString(folder.resolve("expectations.json"), "{\"checks\": [{\"node\": 1, \"port\": 1, "
                + "\"row_count\": 4}]}");
        CliRun misspelt = CliRun.of("run", folder.toString(), "--output", dir.resolve("out").toString());
        assertEquals(2, misspelt.exitCode(), misspelt.out() + misspelt.err());
        assertTrue(misspelt.err().startsWith("run: " + folder.resolve("expectations.json")
                + ": check 1 has an unknown key 'row_count'"), misspelt.err());
    }
}
