package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.chem.MoleculeGraph;

class CsvTablesTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void readsQuotedCsvIntoStringColumns() throws IOException {
        Path csv = file("a.csv", "name,smiles,y\n\"Doe, \"\"J\"\"\",CCO,1.5\nbenzene,c1ccccc1,\n");

        Table table = CsvTables.read(csv);

        assertEquals(List.of("name", "smiles", "y"), table.columnNames());
        assertEquals(2, table.rowCount());
        assertEquals("Doe, \"J\"", table.stringColumn("name").getString(0));
        assertTrue(table.stringColumn("y").isMissing(1));
        assertEquals(ColumnType.STRING, table.column("y").type());
    }

    @Test
    void tsvKeepsQuoteCharactersLiterally() throws IOException {
        Path tsv = file("chebi.tsv", "CID\tSMILES\tdescription\n1\tC\tThe \"molecule\" is methane\n"
                + "2\tO\t\"starts with a quote\n");

        Table table = CsvTables.read(tsv);

        assertEquals(2, table.rowCount());
        assertEquals("The \"molecule\" is methane", table.stringColumn("description").getString(0));
        assertEquals("\"starts with a quote", table.stringColumn("description").getString(1));
    }

    @Test
    void explicitOptionsOverrideTheExtension() throws IOException {
        Path semicolons = file("data.txt", "a;b\n\"x;y\";2\n");

        Table table = CsvTables.read(semicolons, CsvReadOptions.byExtension().withDelimiter(';'));

        assertEquals("x;y", table.stringColumn("a").getString(0));
        assertEquals('\t', CsvReadOptions.byExtension().delimiterFor(Path.of("x.TSV.gz")));
        assertFalse(CsvReadOptions.byExtension().quotingFor(Path.of("x.txt")));
        assertTrue(CsvReadOptions.byExtension().quotingFor(Path.of("x.csv.gz")));
        assertFalse(CsvReadOptions.byExtension().withDelimiter('\t').quotingFor(Path.of("x.csv")));
    }

    @Test
    void readsGzipTransparently() throws IOException {
        Path gz = dir.resolve("s.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("SMILES\nCCO\nCCN\n".getBytes(StandardCharsets.UTF_8));
        }

        Table table = CsvTables.read(gz);

        assertEquals(List.of("CCO", "CCN"), table.stringColumn("SMILES").toList());
    }

    @Test
    void emptyAndRepeatedHeaderNamesAreRenamed() throws IOException {
        Path csv = file("h.csv", "\uFEFF,id,x,x, \n0,a,1,2,3\n");

        Table table = CsvTables.read(csv);

        assertEquals(List.of("Unnamed: 0", "id", "x", "x (#1)", "Unnamed: 4"), table.columnNames());
        assertEquals("2", table.stringColumn("x (#1)").getString(0));
    }

    @Test
    void raggedRowNamesFileAndLine() throws IOException {
        Path csv = file("r.csv", "a,b\n1,2\n\n3\n4,5\n");

        IOException e = assertThrows(IOException.class, () -> CsvTables.read(csv));

        assertEquals(csv + ": line 4 (data row 2) has 1 cells but the header has 2 columns [a, b]", e.getMessage());
    }

    @Test
    void raggedRowWhileStreamingIsUnchecked() throws IOException {
        Path csv = file("r.csv", "a,b\n1,2\n3,4,5\n");

        try (CsvRows rows = CsvTables.stream(csv, CsvReadOptions.byExtension())) {
            assertEquals("1", rows.next().get("a"));
            UncheckedIOException e = assertThrows(UncheckedIOException.class, rows::hasNext);
            assertTrue(e.getMessage().contains("line 3 (data row 2) has 3 cells"), e.getMessage());
        }
    }

    @Test
    void unbalancedQuoteNamesTheFile() throws IOException {
        Path csv = file("q.csv", "a,b\n1,\"open\n");

        IOException e = assertThrows(IOException.class, () -> CsvTables.read(csv));

        assertTrue(e.getMessage().startsWith(csv + ": malformed text"), e.getMessage());
    }

    @Test
    void emptyFileHasNoHeader() throws IOException {
        Path csv = file("empty.csv", "");

        IOException e = assertThrows(IOException.class, () -> CsvTables.read(csv));

        assertEquals(csv + " is empty: a header row with the column names is required", e.getMessage());
    }

    @Test
    void headerOnlyFileGivesZeroRows() throws IOException {
        Table table = CsvTables.read(file("h.csv", "smiles,y\n"));

        assertEquals(0, table.rowCount());
        assertEquals(List.of("smiles", "y"), table.columnNames());
    }

    @Test
    void streamingGivesRowsWithNumbersAndLookup() throws IOException {
        Path csv = file("s.csv", "smiles,y\nCCO,1\n\"C\nC\",2\nCCN,\n");

        List<String> seen = new ArrayList<>();
        try (CsvRows rows = CsvTables.stream(csv, CsvReadOptions.byExtension())) {
            assertEquals(List.of("smiles", "y"), rows.columnNames());
            CsvRow first = rows.next();
            seen.add(first.dataRowNumber() + "@" + first.lineNumber() + ":" + first.get("smiles") + "=" + first.get(1));
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                seen.add(row.dataRowNumber() + "@" + row.lineNumber() + ":" + row.get("smiles") + "=" + row.get(1));
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> first.get("SMILES"));
            assertEquals("no column 'SMILES'; available columns: [smiles, y]", e.getMessage());
        }

        assertEquals(List.of("1@2:CCO=1", "2@4:C\nC=2", "3@5:CCN="), seen);
    }

    @Test
    void streamClosesTheFile() throws IOException {
        Path csv = file("s.csv", "x\n1\n2\n3\n");

        long sum;
        try (Stream<CsvRow> rows = CsvTables.stream(csv, CsvReadOptions.byExtension()).stream()) {
            sum = rows.mapToLong(row -> Long.parseLong(row.get("x"))).sum();
        }

        assertEquals(6, sum);
    }

    @Test
    void batchesCoverAllRowsInOrder() throws IOException {
        StringBuilder text = new StringBuilder("i\n");
        for (int i = 0; i < 10; i++) {
            text.append(i).append('\n');
        }
        Path csv = file("b.csv", text.toString());

        List<Integer> sizes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (CsvRows rows = CsvTables.stream(csv, CsvReadOptions.byExtension())) {
            assertTrue(rows.hasNext());
            while (rows.hasNext()) {
                Table batch = rows.nextBatch(4);
                sizes.add(batch.rowCount());
                values.addAll(batch.stringColumn("i").toList());
            }
            assertEquals(0, rows.nextBatch(4).rowCount());
        }

        assertEquals(List.of(4, 4, 2), sizes);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), values);
    }

    @Test
    void writeThenReadRoundTripsEveryType() throws IOException {
        double[] doubles = {0.1, 1.0 / 3, -2.5e-300, 1e21, Double.MAX_VALUE, Double.NEGATIVE_INFINITY};
        DoubleColumn.Builder doubleBuilder = DoubleColumn.builder("y");
        for (double d : doubles) {
            doubleBuilder.add(d);
        }
        doubleBuilder.addMissing("no label");
        MoleculeGraph graph = ColumnsTest.waterLikeGraph();
        Table table = Table.of(
                StringColumn.of("text", "a,b", "quote \"q\"", "line\nbreak", " pad ", "ü", "x", null),
                doubleBuilder.build(),
                IntColumn.builder("n").add(1).add(-2).add(Integer.MAX_VALUE).add(0).add(5).add(6).addMissing()
                        .build(),
                DoubleVectorColumn.builder("fp").add(new double[] {1, 0}).add(new double[] {0.5, -1})
                        .addMissing().add(new double[] {2, 2}).add(new double[] {3, 3}).add(new double[] {4, 4})
                        .add(new double[] {5, 5}).build(),
                GraphColumn.builder("graph").add(graph).addMissing().addMissing().addMissing().addMissing()
                        .addMissing().add(graph).build(),
                BytesColumn.builder("blob").add(new byte[] {1, 2, 3}).add(new byte[0]).addMissing()
                        .add(new byte[] {-1}).addMissing().addMissing().addMissing().build());
        Path csv = dir.resolve("out/all.csv");

        CsvTables.write(table, csv);
        Table back = CsvTables.read(csv);

        assertEquals(List.of("text", "y", "n", "fp_0", "fp_1", "graph", "blob"), back.columnNames());
        assertEquals(Arrays.asList("a,b", "quote \"q\"", "line\nbreak", " pad ", "ü", "x", null),
                back.stringColumn("text").toList());
        DoubleColumn y = DoubleColumn.parse(back.stringColumn("y"));
        for (int row = 0; row < doubles.length; row++) {
            assertEquals(doubles[row], y.getDouble(row), 0.0, "row " + row);
        }
        assertTrue(y.isMissing(6));
        IntColumn n = IntColumn.parse(back.stringColumn("n"));
        assertEquals(Integer.MAX_VALUE, n.getInt(2));
        assertTrue(n.isMissing(6));
        DoubleVectorColumn fp = DoubleVectorColumn.fromColumns("fp", List.of(
                DoubleColumn.parse(back.stringColumn("fp_0")), DoubleColumn.parse(back.stringColumn("fp_1"))));
        assertArrayEquals(new double[] {0.5, -1}, fp.getVector(1));
        assertTrue(fp.isMissing(2));
        GraphColumn graphs = GraphColumn.parseJson(back.stringColumn("graph"));
        assertArrayEquals(graph.atomFeatures(), graphs.getGraph(6).atomFeatures());
        assertTrue(graphs.isMissing(1));
        BytesColumn blobs = BytesColumn.parseBase64(back.stringColumn("blob"));
        assertArrayEquals(new byte[] {1, 2, 3}, blobs.getBytes(0));
        assertArrayEquals(new byte[] {-1}, blobs.getBytes(3));
        // an empty byte array is written as an empty cell, like every empty text: it reads back as missing
        assertTrue(blobs.isMissing(1));
        try (Stream<Path> files = Files.list(csv.getParent())) {
            assertEquals(List.of(csv), files.toList());
        }
    }

    @Test
    void nanIsWrittenAsNaNAndReadsBackMissing() throws IOException {
        Path csv = dir.resolve("nan.csv");

        CsvTables.write(Table.of(DoubleColumn.of("y", Double.NaN, 1)), csv);

        assertEquals("y\nNaN\n1\n", Files.readString(csv));
        assertTrue(DoubleColumn.parse(CsvTables.read(csv).stringColumn("y")).isMissing(0));
    }

    @Test
    void namedVectorElementsBecomeColumnsAndClashesGetSuffixes() throws IOException {
        Table table = Table.of(
                DoubleColumn.of("MW", 1),
                DoubleVectorColumn.builder("desc", List.of("MW", "logP")).add(new double[] {18, -1}).build(),
                DoubleVectorColumn.builder("emb").add(new double[] {1, 2}).build());
        Path csv = dir.resolve("v.csv");

        CsvTables.write(table, csv);

        assertEquals("MW,MW (#1),logP,emb_0,emb_1\n1,18,-1,1,2\n", Files.readString(csv));
    }

    @Test
    void variableLengthVectorsStayOneColumn() throws IOException {
        Table table = Table.of(DoubleVectorColumn.builder("v").add(new double[] {1, 2}).add(new double[] {3})
                .build());
        Path csv = dir.resolve("v.csv");

        CsvTables.write(table, csv);

        assertEquals("v\n1 2\n3\n", Files.readString(csv));
    }

    @Test
    void singleColumnCsvKeepsMissingRows() throws IOException {
        Path csv = dir.resolve("one.csv");

        CsvTables.write(Table.of(StringColumn.of("SMILES", "C", null, "O")), csv);
        Table back = CsvTables.read(csv);

        assertEquals(Arrays.asList("C", null, "O"), back.stringColumn("SMILES").toList());
    }

    @Test
    void tsvWriteRoundTripsAndGzips() throws IOException {
        Table table = Table.of(StringColumn.of("CID", "1", "2"),
                StringColumn.of("description", "a \"quoted\" word", null));
        Path tsv = dir.resolve("t.tsv.gz");

        CsvTables.write(table, tsv);

        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(tsv))) {
            assertEquals("CID\tdescription\n1\ta \"quoted\" word\n2\t\n",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(Arrays.asList("a \"quoted\" word", null), CsvTables.read(tsv).stringColumn("description")
                .toList());
    }

    @Test
    void tsvRejectsCellsItCannotHoldAndLeavesNoFile() {
        Path tsv = dir.resolve("bad.tsv");

        IllegalArgumentException tab = assertThrows(IllegalArgumentException.class,
                () -> CsvTables.write(Table.of(StringColumn.of("a", "ok", "x\ty"), StringColumn.of("b", "1", "2")),
                        tsv));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> CsvTables.write(Table.of(StringColumn.of("SMILES", "C", null)), tsv));

        assertEquals("row 2 of column 'a' contains a tab or line break, which a TSV file cannot hold; "
                + "write CSV instead", tab.getMessage());
        assertEquals("row 2 of the only column 'SMILES' is missing and would be a blank line, which readers skip; "
                + "write CSV instead", blank.getMessage());
        assertFalse(Files.exists(tsv));
        assertEquals(0, dir.toFile().list().length);
    }
}
