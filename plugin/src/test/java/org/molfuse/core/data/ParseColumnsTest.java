package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.molfuse.core.chem.MoleculeGraph;

class ParseColumnsTest {

    @Test
    void missingTokensBecomeMissingCells() {
        StringColumn text = StringColumn.of("y", "", "NA", "nan", "NaN", " n/a ", "null", "None", null, "  ");

        DoubleColumn parsed = DoubleColumn.parse(text);

        assertEquals(text.size(), parsed.size());
        assertEquals(text.size(), parsed.missingCount());
    }

    @Test
    void decimalsAndInfinitiesParse() {
        StringColumn text = StringColumn.of("y", "1", "-2.5", " 3.25 ", ".5", "1e3", "-1.2E-2", "+4.", "inf",
                "-Infinity");

        DoubleColumn parsed = DoubleColumn.parse(text);

        assertArrayEquals(new double[] {1, -2.5, 3.25, 0.5, 1000, -0.012, 4, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}, parsed.toArray(Double.NaN));
        assertEquals(0, parsed.missingCount());
    }

    @Test
    void strictParseNamesRowColumnAndText() {
        StringColumn text = StringColumn.of("measured log solubility", "1.0", "", "abc");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DoubleColumn.parse(text));

        assertEquals("Cannot read row 3 of column 'measured log solubility' as a number: 'abc' is not a number",
                e.getMessage());
    }

    @Test
    void javaOnlyNumberFormsAreRejected() {
        for (String javaOnly : new String[] {"1d", "2f", "0x1p3", "1,5", "1 2"}) {
            StringColumn text = StringColumn.of("y", javaOnly);
            assertThrows(IllegalArgumentException.class, () -> DoubleColumn.parse(text), javaOnly);
        }
    }

    @Test
    void lenientParseKeepsEveryRowAndExplainsBadOnes() {
        StringColumn text = StringColumn.builder("y").add("2").add("x1").addMissing("invalid SMILES").add("")
                .build();

        DoubleColumn parsed = DoubleColumn.parseLenient(text);

        assertEquals(4, parsed.size());
        assertEquals(2.0, parsed.getDouble(0));
        assertEquals(Optional.of("'x1' is not a number"), parsed.missingReason(1));
        assertEquals(Optional.of("invalid SMILES"), parsed.missingReason(2));
        assertTrue(parsed.isMissing(3));
        assertEquals(Optional.empty(), parsed.missingReason(3));
    }

    @Test
    void intParseAcceptsWholeDecimals() {
        StringColumn text = StringColumn.of("label", "0", "1", "1.0", "-3", "", "2e1");

        IntColumn parsed = IntColumn.parse(text);

        assertEquals(0, parsed.getInt(0));
        assertEquals(1, parsed.getInt(1));
        assertEquals(1, parsed.getInt(2));
        assertEquals(-3, parsed.getInt(3));
        assertTrue(parsed.isMissing(4));
        assertEquals(20, parsed.getInt(5));
    }

    @Test
    void intParseErrorsNameTheRow() {
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> IntColumn.parse(StringColumn.of("label", "1", "0.5")));
        IllegalArgumentException overflow = assertThrows(IllegalArgumentException.class,
                () -> IntColumn.parse(StringColumn.of("count", "3000000000")));
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> IntColumn.parse(StringColumn.of("label", "yes")));

        assertEquals("Cannot read row 2 of column 'label' as an integer: '0.5' is not a whole number",
                fraction.getMessage());
        assertEquals("Cannot read row 1 of column 'count' as an integer: '3000000000' is outside the int range",
                overflow.getMessage());
        assertEquals("Cannot read row 1 of column 'label' as an integer: 'yes' is not an integer", word.getMessage());
    }

    @Test
    void intLenientParseMakesBadCellsMissing() {
        IntColumn parsed = IntColumn.parseLenient(StringColumn.of("label", "1", "active", "0"));

        assertEquals(1, parsed.getInt(0));
        assertEquals(Optional.of("'active' is not an integer"), parsed.missingReason(1));
        assertEquals(0, parsed.getInt(2));
    }

    @Test
    void base64RoundTripsAndBadTextNamesTheRow() {
        BytesColumn bytes = BytesColumn.builder("b").add(new byte[] {1, 2, 3}).addMissing().build();
        StringColumn text = StringColumn.of("b", bytes.format(0), null);

        BytesColumn back = BytesColumn.parseBase64(text);

        assertArrayEquals(new byte[] {1, 2, 3}, back.getBytes(0));
        assertTrue(back.isMissing(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BytesColumn.parseBase64(StringColumn.of("b", "AQID", "***")));
        assertTrue(e.getMessage().startsWith("Cannot read row 2 of column 'b' as base64"), e.getMessage());
    }

    @Test
    void graphJsonRoundTripsExactly() {
        MoleculeGraph graph = new MoleculeGraph(3, 2, new float[] {0.1f, 1f / 3, 6f, 7f, -0f, 1e-7f},
                new int[] {0, 1, 1, 2}, new int[] {1, 0, 2, 1}, 1, new float[] {1.5f, 1.5f, 2f, 2f});
        GraphColumn column = GraphColumn.builder("g").add(graph).addMissing().build();

        GraphColumn back = GraphColumn.parseJson(StringColumn.of("g", column.format(0), column.format(1)));

        MoleculeGraph read = back.getGraph(0);
        assertEquals(3, read.numAtoms());
        assertArrayEquals(graph.atomFeatures(), read.atomFeatures());
        assertArrayEquals(graph.edgeSources(), read.edgeSources());
        assertArrayEquals(graph.edgeTargets(), read.edgeTargets());
        assertArrayEquals(graph.bondFeatures(), read.bondFeatures());
        assertEquals(1, read.bondFeatureSize());
        assertTrue(back.isMissing(1));
        assertFalse(back.isMissing(0));
    }

    @Test
    void inconsistentGraphJsonNamesTheRow() {
        String tooFewFeatures = "{\"numAtoms\":2,\"atomFeatureSize\":1,\"atomFeatures\":[8.0],\"edgeSources\":[],"
                + "\"edgeTargets\":[],\"bondFeatureSize\":1,\"bondFeatures\":[]}";

        IllegalArgumentException inconsistent = assertThrows(IllegalArgumentException.class,
                () -> GraphColumn.parseJson(StringColumn.of("graph", tooFewFeatures)));
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> GraphColumn.parseJson(StringColumn.of("graph", "{}", "[1")));

        assertTrue(inconsistent.getMessage().startsWith("Cannot read row 1 of column 'graph' as a molecule graph"),
                inconsistent.getMessage());
        assertTrue(inconsistent.getMessage().contains("atomFeatures has 1 values"), inconsistent.getMessage());
        assertTrue(notJson.getMessage().startsWith("Cannot read row 1 of column 'graph'"), notJson.getMessage());
    }
}
