package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.molfuse.core.chem.MoleculeGraph;

class ColumnsTest {

    @Test
    void doubleMissingIsDistinctFromNaN() {
        DoubleColumn column = DoubleColumn.builder("y")
                .add(1.5).add(Double.NaN).addMissing("no measurement").addMissing().build();

        assertEquals(4, column.size());
        assertEquals(ColumnType.DOUBLE, column.type());
        assertFalse(column.isMissing(1));
        assertTrue(Double.isNaN(column.getDouble(1)));
        assertTrue(column.isMissing(2));
        assertEquals(Optional.of("no measurement"), column.missingReason(2));
        assertEquals(Optional.empty(), column.missingReason(3));
        assertEquals(Optional.empty(), column.missingReason(0));
        assertEquals(2, column.missingCount());
        assertNull(column.get(2));
        assertEquals(1.5, column.get(0));
        assertEquals("", column.format(3));
        assertEquals("NaN", column.format(1));
        assertArrayEquals(new double[] {1.5, Double.NaN, -1, -1}, column.toArray(-1));
    }

    @Test
    void typedGetterOnMissingCellNamesRowColumnAndReason() {
        DoubleColumn column = DoubleColumn.builder("logS").add(0).addMissing("invalid SMILES 'C1CC'").build();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> column.getDouble(1));

        assertEquals("row 2 of column 'logS' is missing (invalid SMILES 'C1CC')", e.getMessage());
    }

    @Test
    void rowOutsideColumnIsRejected() {
        IntColumn column = IntColumn.of("n", 1, 2);

        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> column.getInt(2));

        assertTrue(e.getMessage().contains("column 'n' with 2 rows"), e.getMessage());
    }

    @Test
    void intColumnKeepsMissingMask() {
        IntColumn column = IntColumn.builder("label").add(0).addMissing("not tested").add(-7).build();

        assertEquals(0, column.getInt(0));
        assertEquals(-7, column.get(2));
        assertTrue(column.isMissing(1));
        assertNull(column.get(1));
        assertEquals("-7", column.format(2));
        assertEquals("", column.format(1));
        assertThrows(IllegalStateException.class, () -> column.getInt(1));
    }

    @Test
    void stringColumnTreatsNullAsMissing() {
        StringColumn column = StringColumn.of("smiles", "CCO", null, "");

        assertEquals("CCO", column.getString(0));
        assertTrue(column.isMissing(1));
        assertFalse(column.isMissing(2));
        assertEquals("", column.format(1));
        assertEquals(java.util.Arrays.asList("CCO", null, ""), column.toList());
        assertThrows(UnsupportedOperationException.class, () -> column.toList().set(0, "x"));
    }

    @Test
    void selectReordersRepeatsAndKeepsReasons() {
        StringColumn column = StringColumn.builder("s").add("a").addMissing("bad").add("c").build();

        StringColumn selected = column.select(new int[] {2, 1, 1, 0});

        assertEquals(java.util.Arrays.asList("c", null, null, "a"), selected.toList());
        assertEquals(Optional.of("bad"), selected.missingReason(1));
        assertEquals(Optional.of("bad"), selected.missingReason(2));
        assertEquals(Optional.empty(), selected.missingReason(0));
        assertThrows(IndexOutOfBoundsException.class, () -> column.select(new int[] {3}));
    }

    @Test
    void selectOnNumericColumnsCarriesMask() {
        DoubleColumn doubles = DoubleColumn.builder("d").add(1).addMissing("r").add(3).build();
        IntColumn ints = IntColumn.builder("i").add(1).addMissing("r").add(3).build();

        DoubleColumn d = doubles.select(new int[] {1, 2});
        IntColumn i = ints.select(new int[] {2, 1});

        assertTrue(d.isMissing(0));
        assertEquals(3.0, d.getDouble(1));
        assertEquals(Optional.of("r"), d.missingReason(0));
        assertEquals(3, i.getInt(0));
        assertTrue(i.isMissing(1));
    }

    @Test
    void renamedKeepsCells() {
        DoubleColumn column = DoubleColumn.builder("a").add(2).addMissing("why").build();

        DoubleColumn renamed = column.renamed("b");

        assertEquals("b", renamed.name());
        assertEquals(2.0, renamed.getDouble(0));
        assertEquals(Optional.of("why"), renamed.missingReason(1));
    }

    @Test
    void emptyColumnNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> StringColumn.of(""));
    }

    @Test
    void builderIsNotAliasedByBuiltColumn() {
        double[] source = {1, 2};
        DoubleColumn column = DoubleColumn.of("x", source);
        source[0] = 99;

        assertEquals(1.0, column.getDouble(0));
    }

    @Test
    void fixedLengthVectorsWithNames() {
        DoubleVectorColumn column = DoubleVectorColumn.builder("desc", List.of("MW", "logP"))
                .add(new double[] {18.0, -1.4}).addMissing("parse error").build();

        assertEquals(2, column.fixedLength());
        assertEquals(List.of("MW", "logP"), column.elementNames());
        assertEquals(-1.4, column.getElement(0, 1));
        assertEquals("18 -1.4", column.format(0));
        assertEquals(Optional.of("parse error"), column.missingReason(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DoubleVectorColumn.builder("desc", List.of("MW", "logP")).add(new double[] {1}));
        assertEquals("row 1 of column 'desc' has a vector of 1 values, expected 2", e.getMessage());
    }

    @Test
    void vectorLengthIsInferredWhenNotDeclared() {
        DoubleVectorColumn same = DoubleVectorColumn.builder("fp")
                .add(new double[] {1, 0, 1}).addMissing().add(new double[] {0, 0, 1}).build();
        DoubleVectorColumn varying = DoubleVectorColumn.builder("emb")
                .add(new double[] {1}).add(new double[] {1, 2}).build();
        DoubleVectorColumn allMissing = DoubleVectorColumn.builder("none").addMissing().build();

        assertEquals(3, same.fixedLength());
        assertEquals(DoubleVectorColumn.VARIABLE_LENGTH, varying.fixedLength());
        assertEquals(2, varying.length(1));
        assertEquals(DoubleVectorColumn.VARIABLE_LENGTH, allMissing.fixedLength());
    }

    @Test
    void vectorsAreCopiedInAndOut() {
        double[] vector = {1, 2};
        DoubleVectorColumn column = DoubleVectorColumn.builder("v").add(vector).build();
        vector[0] = 5;
        column.getVector(0)[1] = 7;

        assertArrayEquals(new double[] {1, 2}, column.getVector(0));
    }

    @Test
    void vectorsFromColumnsNameTheMissingElement() {
        DoubleColumn a = DoubleColumn.builder("a").add(1).add(2).build();
        DoubleColumn b = DoubleColumn.builder("b").add(3).addMissing("not a number").build();

        DoubleVectorColumn column = DoubleVectorColumn.fromColumns("ab", List.of(a, b));

        assertArrayEquals(new double[] {1, 3}, column.getVector(0));
        assertTrue(column.isMissing(1));
        assertEquals(Optional.of("element 'b' is missing (not a number)"), column.missingReason(1));
        assertEquals(List.of("a", "b"), column.elementNames());
    }

    @Test
    void bytesAreCopiedAndFormattedAsBase64() {
        byte[] bytes = {0, (byte) 0xff, 65};
        BytesColumn column = BytesColumn.builder("blob").add(bytes).addMissing().build();
        bytes[0] = 9;

        assertArrayEquals(new byte[] {0, (byte) 0xff, 65}, column.getBytes(0));
        // 0x00 0xff 0x41 -> 000000 001111 111101 000001 -> A P 9 B
        assertEquals("AP9B", column.format(0));
        assertEquals("", column.format(1));
    }

    @Test
    void graphColumnHoldsGraphsAndJson() {
        MoleculeGraph water = waterLikeGraph();
        GraphColumn column = GraphColumn.builder("g").add(water).addMissing("invalid SMILES").build();

        assertSame(water, column.getGraph(0));
        assertEquals("{\"numAtoms\":2,\"atomFeatureSize\":1,\"atomFeatures\":[8.0,1.0],\"edgeSources\":[0,1],"
                + "\"edgeTargets\":[1,0],\"bondFeatureSize\":1,\"bondFeatures\":[1.0,1.0]}", column.format(0));
        assertThrows(IllegalStateException.class, () -> column.getGraph(1));
    }

    static MoleculeGraph waterLikeGraph() {
        return new MoleculeGraph(2, 1, new float[] {8f, 1f}, new int[] {0, 1}, new int[] {1, 0}, 1,
                new float[] {1f, 1f});
    }
}
