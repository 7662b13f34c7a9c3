package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    @TempDir
    Path root;

    private DatasetLoader loader;

    @BeforeEach
    void dataDirWithSmallFiles() throws IOException {
        Path data = Files.createDirectories(root.resolve("data"));
        Files.writeString(data.resolve("bace.csv"), "mol,CID,Class,Model,pIC50\nCCO,BACE_1,1,Train,7.5\n"
                + "CCN,BACE_2,0,Test,4.25\n");
        Files.writeString(data.resolve("delaney-processed.csv"),
                "Compound ID,measured log solubility in mols per litre,smiles\nethanol,1.10,CCO \nodd,n.d.,C\n");
        Map<String, String> env = Map.of(DatasetResolver.DATA_DIR_ENV, data.toString(),
                DatasetResolver.CACHE_DIR_ENV, root.resolve("cache").toString());
        loader = new DatasetLoader(new DatasetResolver(env::get, root, root, root));
    }

    @Test
    void registryNameUsesRegisteredColumns() throws IOException {
        Dataset esol = loader.load("esol", Optional.empty(), List.of());

        assertEquals(root.resolve("data/delaney-processed.csv"), esol.file());
        assertEquals(List.of("CCO ", "C"), esol.smiles().toList());
        DoubleColumn labels = esol.taskValues(esol.spec().tasks().get(0));
        assertEquals(1.10, labels.getDouble(0));
        assertEquals(Optional.of("'n.d.' is not a number"), labels.missingReason(1));
    }

    @Test
    void explicitTasksOverrideTheRegistry() throws IOException {
        Dataset bace = loader.load("BACE", Optional.empty(), List.of(TaskSpec.parse("pIC50:regression")));

        assertEquals(List.of(TaskSpec.regression("pIC50")), bace.spec().tasks());
        assertEquals(4.25, bace.taskValues(bace.spec().tasks().get(0)).getDouble(1));
        assertEquals("mol", bace.spec().smilesColumn());
    }

    @Test
    void wrongTaskColumnListsAvailableColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.load("bace", Optional.empty(), List.of(TaskSpec.regression("pic50"))));

        assertEquals("Dataset 'bace' (" + root.resolve("data/bace.csv") + ") has no task column 'pic50'. "
                + "Available columns: [mol, CID, Class, Model, pIC50]", e.getMessage());
    }

    @Test
    void pathWithExplicitColumns() throws IOException {
        Path file = root.resolve("mine.tsv");
        Files.writeString(file, "id\tstructure\tactive\n1\tCCO\t1\n2\tCC\"O\t0\n");

        Dataset dataset = loader.load(file.toString(), Optional.of("structure"),
                List.of(TaskSpec.classification("active")));

        assertEquals("mine.tsv", dataset.spec().name());
        assertNull(dataset.spec().url());
        assertEquals(List.of("CCO", "CC\"O"), dataset.smiles().toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.load(file.toString(), Optional.of("smiles"), List.of()));
        assertEquals("Dataset 'mine.tsv' (" + file + ") has no SMILES column 'smiles'. Available columns: "
                + "[id, structure, active]", e.getMessage());
    }

    @Test
    void pathGuessesTheSmilesColumnOnlyWhenUnambiguous() throws IOException {
        Path one = root.resolve("one.csv");
        Files.writeString(one, "ID,SMILES\n1,C\n");
        Path none = root.resolve("none.csv");
        Files.writeString(none, "ID,structure\n1,C\n");

        Dataset dataset = loader.load(one.toString(), Optional.empty(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.load(none.toString(), Optional.empty(), List.of()));

        assertEquals("SMILES", dataset.spec().smilesColumn());
        assertEquals(List.of(), dataset.spec().tasks());
        assertEquals("No SMILES column given for " + none + " and none of its columns is named 'smiles'; name it "
                + "with --smiles-column. Available columns: [ID, structure]", e.getMessage());
    }

    @Test
    void unknownNameListsDatasets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loader.load("esoll", Optional.empty(), List.of()));

        assertEquals("'esoll' is neither a registered dataset (esol, freesolv, lipophilicity, bbbp, bace, clintox, "
                + "tox21, sider, hiv, qm9) nor an existing file", e.getMessage());
    }
}
