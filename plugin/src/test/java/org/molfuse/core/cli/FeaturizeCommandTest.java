package org.molfuse.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.Table;

class FeaturizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyRowComesOutInOrderWithReasonsAndFeatures() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, String.join("\n",
                "name,smiles",
                "ethanol,OCC",
                "broken,C1CC(",
                "sodium benzoate,[Na+].[O-]C(=O)c1ccccc1",
                "blank,",
                "pentavalent carbon,C(C)(C)(C)(C)C",
                "ethanol again,CCO") + "\n");
        Path output = dir.resolve("out.csv");
        CliRun run = CliRun.of("featurize", "--input", input.toString(), "--smiles-column", "smiles",
                "--output", output.toString(), "--fingerprint", "maccs", "--descriptors", "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("6 rows, 3 valid, 3 invalid"), run.out());

        Table table = CsvTables.read(output);
        assertEquals(List.of("ethanol", "broken", "sodium benzoate", "blank", "pentavalent carbon", "ethanol again"),
                table.stringColumn("name").toList());
        assertEquals(List.of("ok", "unparsable", "ok", "empty", "valence", "ok"),
                table.stringColumn("reason").toList());
        assertEquals(List.of("true", "false", "true", "false", "false", "true"), table.stringColumn("valid").toList());
        // two writings of ethanol standardize to the same canonical SMILES; the salt loses its sodium and charge
        assertEquals(table.stringColumn("standardized_smiles").getString(0),
                table.stringColumn("standardized_smiles").getString(5));
        String benzoicAcid = table.stringColumn("standardized_smiles").getString(2);
        assertFalse(benzoicAcid.contains("Na") || benzoicAcid.contains("-"), benzoicAcid);
        assertTrue(table.stringColumn("standardized_smiles").isMissing(1));
        assertTrue(table.stringColumn("reason_detail").getString(1).contains("character"),
                table.stringColumn("reason_detail").getString(1));

        // 166 MACCS keys, one column each
        assertTrue(table.hasColumn("maccs_0") && table.hasColumn("maccs_165") && !table.hasColumn("maccs_166"));
        // ethanol C2H6O: 2 x 12.011 + 6 x 1.008 + 15.999 = 46.069 (IUPAC standard atomic weights)
        DoubleColumn weight = DoubleColumn.parse(table.stringColumn("mol_weight"));
        assertEquals(46.069, weight.getDouble(0), 0.01);
        assertTrue(weight.isMissing(1) && weight.isMissing(3) && weight.isMissing(4));
        // benzoic acid C7H6O2: 7 x 12.011 + 6 x 1.008 + 2 x 15.999 = 122.123
        assertEquals(122.123, weight.getDouble(2), 0.01);
    }

    @Test
    void smallBatchesWriteTheSameFileAsOneBatchEvenWhenABatchIsAllInvalid() throws IOException {
        Path input = dir.resolve("in.csv");
        // rows 3-4 form a batch of two invalid molecules: its fingerprint columns must still be written
        Files.writeString(input, "smiles\nCCO\nc1ccccc1O\nC1CC(\nXx\nCC(=O)O\n");
        Path whole = dir.resolve("whole.csv");
        Path batched = dir.resolve("batched.csv");
        assertEquals(0, CliRun.of("featurize", "--input", input.toString(), "--output", whole.toString(),
                "--fingerprint", "ecfp4", "--fingerprint-length", "64").exitCode());
        CliRun run = CliRun.of("featurize", "--input", input.toString(), "--output", batched.toString(),
                "--fingerprint", "ecfp4", "--fingerprint-length", "64", "--batch-rows", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("5 rows, 3 valid, 2 invalid"), run.out());
        assertEquals(Files.readString(whole), Files.readString(batched));
    }

    @Test
    void unknownSmilesColumnIsOneLineListingTheColumns() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "name,structure\nethanol,CCO\n");
        CliRun run = CliRun.of("featurize", "--input", input.toString(), "--smiles-column", "smiles",
                "--output", dir.resolve("out.csv").toString());
        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("structure"), run.err());
    }

    @Test
    void unknownFingerprintNamesTheOption() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "smiles\nCCO\n");
        CliRun run = CliRun.of("featurize", "--input", input.toString(), "--output", dir.resolve("o.csv").toString(),
                "--fingerprint", "ecfp5");
        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--fingerprint"), run.err());
    }

    @Test
    void emptyTableGivesAnEmptyResultWithTheNewColumns() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "smiles\n");
        Path output = dir.resolve("o.csv");
        CliRun run = CliRun.of("featurize", "--input", input.toString(), "--output", output.toString(),
                "--descriptors");
        assertEquals(0, run.exitCode(), run.err());
        Table table = CsvTables.read(output);
        assertEquals(0, table.rowCount());
        assertTrue(table.hasColumn("standardized_smiles") && table.hasColumn("tpsa"), table.columnNames().toString());
    }
}
