package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSpecsTest {

    @Test
    void taskParsesAtTheLastColon() {
        assertEquals(TaskSpec.regression("measured log solubility in mols per litre"),
                TaskSpec.parse("measured log solubility in mols per litre:regression"));
        assertEquals(TaskSpec.classification("a:b"), TaskSpec.parse("a:b:Classification"));
        assertEquals(TaskSpec.regression(" padded "), TaskSpec.parse(" padded : regression "));
    }

    @Test
    void taskFormatReadsBack() {
        TaskSpec task = TaskSpec.classification("NR-AR");

        assertEquals("NR-AR:classification", task.format());
        assertEquals(task, TaskSpec.parse(task.format()));
    }

    @Test
    void badTaskSyntaxExplainsItself() {
        assertEquals("task 'p_np' has no type: expected COLUMN:regression or COLUMN:classification",
                assertThrows(IllegalArgumentException.class, () -> TaskSpec.parse("p_np")).getMessage());
        assertEquals("task ':regression' has no column name before the ':'",
                assertThrows(IllegalArgumentException.class, () -> TaskSpec.parse(":regression")).getMessage());
        assertEquals("task 'y:regresion' has type 'regresion'; expected 'regression' or 'classification' after "
                        + "the last ':'",
                assertThrows(IllegalArgumentException.class, () -> TaskSpec.parse("y:regresion")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TaskSpec.parse("y:"));
    }

    @Test
    void registryListsTheMoleculeNetDatasets() {
        assertEquals(List.of("esol", "freesolv", "lipophilicity", "bbbp", "bace", "clintox", "tox21", "sider", "hiv",
                "qm9"), DatasetRegistry.names());
        for (DatasetSpec spec : DatasetRegistry.all()) {
            assertTrue(spec.url().startsWith("https://deepchemdata.s3-us-west-1.amazonaws.com/datasets/"),
                    spec.url());
            assertTrue(!spec.tasks().isEmpty(), spec.name());
        }
    }

    @Test
    void registryEntriesMatchDeepChemFiles() {
        DatasetSpec esol = DatasetRegistry.get("ESOL");
        assertEquals("delaney-processed.csv", esol.fileName());
        assertEquals(List.of(TaskSpec.regression("measured log solubility in mols per litre")), esol.tasks());

        DatasetSpec bace = DatasetRegistry.get("bace");
        assertEquals("mol", bace.smilesColumn());
        assertEquals(List.of(TaskSpec.classification("Class")), bace.tasks());

        DatasetSpec freesolv = DatasetRegistry.get("freesolv");
        assertEquals("SAMPL.csv", freesolv.fileName());
        assertEquals(List.of(TaskSpec.regression("expt")), freesolv.tasks());

        DatasetSpec sider = DatasetRegistry.get("sider");
        assertEquals(27, sider.tasks().size());
        assertEquals("sider.csv.gz", sider.downloadFileName());

        DatasetSpec tox21 = DatasetRegistry.get("tox21");
        assertEquals(12, tox21.tasks().size());
        assertEquals("tox21.csv", tox21.fileName());
        assertEquals("tox21.csv.gz", tox21.downloadFileName());

        DatasetSpec qm9 = DatasetRegistry.get("qm9");
        assertEquals("qm9_small_subset.csv", qm9.fileName());
        assertEquals("qm9.csv", qm9.downloadFileName());
        assertEquals(List.of("mu", "alpha", "homo", "lumo", "gap", "r2", "zpve", "u0", "u298", "h298", "g298", "cv"),
                qm9.tasks().stream().map(TaskSpec::column).toList());
        assertTrue(qm9.tasks().stream().allMatch(task -> task.type() == TaskType.REGRESSION));
    }

    @Test
    void unknownDatasetListsKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetRegistry.get("muv"));

        assertEquals("unknown dataset 'muv'; known datasets: esol, freesolv, lipophilicity, bbbp, bace, clintox, "
                + "tox21, sider, hiv, qm9", e.getMessage());
    }

    @Test
    void specWithoutUrlHasNoDownloadName() {
        DatasetSpec spec = new DatasetSpec("mine", "mine.csv", "smiles", List.of(), null);

        assertNull(spec.downloadFileName());
        assertEquals("x", spec.withSmilesColumn("x").smilesColumn());
        assertEquals(List.of(TaskSpec.regression("y")), spec.withTasks(List.of(TaskSpec.regression("y"))).tasks());
    }
}
