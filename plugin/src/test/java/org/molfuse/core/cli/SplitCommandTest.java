package org.molfuse.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;

class SplitCommandTest {

    /** Three benzene-scaffold rows, three cyclohexane-scaffold rows, acyclic rows and one invalid SMILES. */
    private static final String MOLECULES = String.join("\n",
            "id,smiles,active",
            "a1,c1ccccc1C,1",
            "a2,c1ccccc1CC,0",
            "a3,c1ccccc1O,1",
            "b1,C1CCCCC1C,0",
            "b2,C1CCCCC1N,1",
            "b3,C1CCCCC1O,0",
            "c1,CCO,1",
            "c2,CCCC,0",
            "x1,C1CC(,1",
            "c3,CC(=O)O,0") + "\n";

    @TempDir
    Path dir;

    @Test
    void scaffoldSplitKeepsEveryRowOnceAndScaffoldGroupsTogether() throws IOException {
        Path input = dir.resolve("molecules.csv");
        Files.writeString(input, MOLECULES);
        Path out = dir.resolve("split");
        CliRun run = CliRun.of("split", "--input", input.toString(), "--smiles-column", "smiles",
                "--method", "scaffold", "--seed", "7", "--output-dir", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        Map<String, String> subsetOfId = new HashMap<>();
        for (String subset : List.of("train", "valid", "test")) {
            StringColumn ids = CsvTables.read(out.resolve(subset + ".csv")).stringColumn("id");
            for (String id : ids.toList()) {
                assertEquals(null, subsetOfId.put(id, subset), "row " + id + " written twice");
            }
        }
        assertEquals(10, subsetOfId.size(), "every input row, the invalid one included, is in one subset");
        for (String scaffoldGroup : List.of("a", "b", "c")) {
            Set<String> subsets = new HashSet<>();
            subsetOfId.forEach((id, subset) -> {
                if (id.startsWith(scaffoldGroup)) {
                    subsets.add(subset);
                }
            });
            assertEquals(1, subsets.size(), "scaffold group " + scaffoldGroup + " split across " + subsets);
        }

        Table assignment = CsvTables.read(out.resolve("assignment.csv"));
        assertEquals(10, assignment.rowCount());
        for (int row = 0; row < assignment.rowCount(); row++) {
            assertEquals(subsetOfId.get(assignment.stringColumn("id").getString(row)),
                    assignment.stringColumn("split").getString(row));
        }
    }

    @Test
    void sameSeedGivesSameFilesAndAnotherSeedMayNot() throws IOException {
        Path input = dir.resolve("molecules.csv");
        Files.writeString(input, MOLECULES);
        String first = assignmentFor(input, "11", "a");
        assertEquals(first, assignmentFor(input, "11", "b"));
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 10; seed++) {
            seen.add(assignmentFor(input, Integer.toString(seed), "s" + seed));
        }
        assertTrue(seen.size() > 1, "ten seeds all gave the same random split");
    }

    @Test
    void stratifiedNeedsALabelColumnAndSaysSo() throws IOException {
        Path input = dir.resolve("molecules.csv");
        Files.writeString(input, MOLECULES);
        CliRun run = CliRun.of("split", "--input", input.toString(), "--method", "stratified",
                "--output-dir", dir.resolve("s").toString());
        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--label-column"), run.err());
    }

    @Test
    void badFractionsNameTheSetting() throws IOException {
        Path input = dir.resolve("molecules.csv");
        Files.writeString(input, MOLECULES);
        CliRun run = CliRun.of("split", "--input", input.toString(), "--fractions", "0.8,0.3,0.1",
                "--output-dir", dir.resolve("f").toString());
        assertEquals(MolFuseCli.EXIT_BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    private String assignmentFor(Path input, String seed, String outName) throws IOException {
        Path out = dir.resolve(outName);
        CliRun run = CliRun.of("split", "--input", input.toString(), "--method", "random", "--seed", seed,
                "--output-dir", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return Files.readString(out.resolve("assignment.csv"));
    }
}
