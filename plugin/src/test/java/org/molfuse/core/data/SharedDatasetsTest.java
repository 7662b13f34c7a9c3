package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real files in {@code shared/datasets} (skipped where that folder is absent). Every expected number is
 * taken from that folder's README.md, which was computed with Python's csv module, independently of this code.
 */
class SharedDatasetsTest {

    private static Path shared;
    private static DatasetLoader loader;

    @BeforeAll
    static void findSharedDatasets() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null && shared == null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/datasets"))) {
                shared = dir.resolve("shared/datasets");
            }
        }
        Assumptions.assumeTrue(shared != null, "no shared/datasets above " + start);
        Map<String, String> env = Map.of(DatasetResolver.DATA_DIR_ENV, shared.toString());
        // an unreachable cache: a registry dataset must come from shared/datasets, never from a download
        Path noHome = shared.resolve("no-such-home");
        loader = new DatasetLoader(new DatasetResolver(env::get, noHome, noHome, noHome));
    }

    private static Dataset load(String name) throws IOException {
        return loader.load(name, Optional.empty(), List.of());
    }

    private static long countRows(String fileName) throws IOException {
        try (CsvRows rows = CsvTables.stream(shared.resolve(fileName), CsvReadOptions.byExtension())) {
            long count = 0;
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
            return count;
        }
    }

    private static int count(DoubleColumn column, double value) {
        int count = 0;
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row) && column.getDouble(row) == value) {
                count++;
            }
        }
        return count;
    }

    private static double[] range(DoubleColumn column) {
        double[] values = column.toArray(Double.NaN);
        return new double[] {Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow()};
    }

    @Test
    void esol() throws IOException {
        Dataset esol = load("esol");

        assertEquals(1128, esol.table().rowCount());
        assertEquals(10, esol.table().columnCount());
        DoubleColumn solubility = DoubleColumn.parse(esol.table().stringColumn(esol.spec().tasks().get(0).column()));
        assertEquals(0, solubility.missingCount());
        assertEquals(-11.6, range(solubility)[0]);
        assertEquals(1.58, range(solubility)[1]);
    }

    @Test
    void lipophilicity() throws IOException {
        Dataset lipo = load("lipophilicity");

        assertEquals(4200, lipo.table().rowCount());
        DoubleColumn logD = lipo.taskValues(lipo.spec().tasks().get(0));
        assertEquals(-1.5, range(logD)[0]);
        assertEquals(4.5, range(logD)[1]);
    }

    @Test
    void bbbp() throws IOException {
        Dataset bbbp = load("bbbp");

        assertEquals(List.of("num", "name", "p_np", "smiles"), bbbp.table().columnNames());
        assertEquals(2050, bbbp.table().rowCount());
        assertEquals(1567, count(bbbp.taskValues(TaskSpec.classification("p_np")), 1));
    }

    @Test
    void bace() throws IOException {
        Dataset bace = load("bace");

        assertEquals(1513, bace.table().rowCount());
        assertEquals(595, bace.table().columnCount());
        assertEquals(691, count(bace.taskValues(TaskSpec.classification("Class")), 1));
        DoubleColumn pIC50 = bace.taskValues(TaskSpec.regression("pIC50"));
        assertEquals(2.5445, range(pIC50)[0], 1e-4);
        assertEquals(10.5229, range(pIC50)[1], 1e-4);
    }

    @Test
    void clintox() throws IOException {
        Dataset clintox = load("clintox");

        assertEquals(1484, clintox.table().rowCount());
        assertEquals(1390, count(clintox.taskValues(TaskSpec.classification("FDA_APPROVED")), 1));
        assertEquals(112, count(clintox.taskValues(TaskSpec.classification("CT_TOX")), 1));
    }

    @Test
    void tox21KeepsItsMissingLabels() throws IOException {
        Dataset tox21 = load("tox21");

        assertEquals(7831, tox21.table().rowCount());
        assertEquals("smiles", tox21.table().column(13).name());
        IntColumn nrAr = IntColumn.parse(tox21.table().stringColumn("NR-AR"));
        assertEquals(566, nrAr.missingCount());
        IntColumn srMmp = IntColumn.parse(tox21.table().stringColumn("SR-MMP"));
        assertEquals(2021, srMmp.missingCount());
        assertEquals(309, count(tox21.taskValues(TaskSpec.classification("NR-AR")), 1));
    }

    @Test
    void qm9SubsetNamesItsIndexColumn() throws IOException {
        Dataset qm9 = load("qm9");

        assertEquals(14862, qm9.table().rowCount());
        assertEquals(22, qm9.table().columnCount());
        assertEquals("Unnamed: 0", qm9.table().column(0).name());
        assertEquals(12, qm9.spec().tasks().size());
        DoubleColumn mu = qm9.taskValues(TaskSpec.regression("mu"));
        assertEquals(0.0, range(mu)[0]);
        assertEquals(20.3686, range(mu)[1]);
    }

    @Test
    void hivByStreaming() throws IOException {
        Path hiv = loader.load("hiv", Optional.empty(), List.of()).file();
        long rows = 0;
        long active = 0;
        try (CsvRows csv = CsvTables.stream(hiv, CsvReadOptions.byExtension())) {
            assertEquals(List.of("smiles", "activity", "HIV_active"), csv.columnNames());
            while (csv.hasNext()) {
                CsvRow row = csv.next();
                rows++;
                if (row.get("HIV_active").equals("1")) {
                    active++;
                }
            }
        }

        assertEquals(41127, rows);
        assertEquals(1443, active);
    }

    @Test
    void mosesGzipByStreaming() throws IOException {
        assertEquals(176074, countRows("moses_test.csv.gz"));
    }

    @Test
    void chebiTsvWithQuotesInDescriptions() throws IOException {
        Table validation = CsvTables.read(shared.resolve("chebi20_validation.tsv"));

        assertEquals(3301, validation.rowCount());
        assertEquals(List.of("CID", "SMILES", "description"), validation.columnNames());
        assertEquals(0, validation.column("description").missingCount());
        assertEquals(1300, countRows("chebi20_test_shared_1300.tsv"));
    }

    @Test
    void zincSplitIndexesHaveEmptyTails() throws IOException {
        Table indexes = CsvTables.read(shared.resolve("zinc12k_indexes_train_val_test.csv"));

        assertEquals(10000, indexes.rowCount());
        // val and test hold 1,000 indexes each, then empty cells down to row 10,000
        assertEquals(9000, IntColumn.parse(indexes.stringColumn("val")).missingCount());
        assertEquals(11999, IntColumn.parse(indexes.stringColumn("test")).getInt(999));
    }
}
