package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;

/**
 * Pass-through columns come back as the host's own cells; anything an operator changed is converted instead. Host
 * cells are plain strings here ("host:..."), standing in for KNIME cells of another type than MolFuse writes.
 */
class HostCellsTest {

    private static final StringColumn SMILES = StringColumn.builder("smiles").add("CCO").addMissing("empty cell")
            .add("c1ccccc1").build();
    private static final Object[] SMILES_HOST = {"host:CCO", "host:missing", "host:c1ccccc1"};

    private static HostCells input() {
        return new HostCells(Table.of(SMILES, DoubleColumn.of("y", 1.5, 2.5, Double.NaN)),
                Map.of("smiles", SMILES_HOST, "y", new Object[] {"host:1.5", "host:2.5", "host:NaN"}));
    }

    private static List<RowOrigin> origins(int... rows) {
        List<RowOrigin> origins = new ArrayList<>();
        for (int row : rows) {
            origins.add(new RowOrigin(0, row, "Row" + row));
        }
        return origins;
    }

    @Test
    void anUnchangedColumnGetsItsHostCellsBackInTheOutputsRowOrder() {
        // a split that took input rows 2 and 0, in that order
        Column selected = SMILES.select(new int[] {2, 0});
        Optional<Object[]> restored = HostCells.restore(selected, origins(2, 0), List.of(input()));
        assertArrayEquals(new Object[] {"host:c1ccccc1", "host:CCO"}, restored.orElseThrow());
    }

    @Test
    void aMissingCellWithTheSameReasonIsUnchanged() {
        Optional<Object[]> restored = HostCells.restore(SMILES, origins(0, 1, 2), List.of(input()));
        assertArrayEquals(SMILES_HOST, restored.orElseThrow());
        Column nan = DoubleColumn.of("y", 1.5, 2.5, Double.NaN);
        assertArrayEquals(new Object[] {"host:1.5", "host:2.5", "host:NaN"},
                HostCells.restore(nan, origins(0, 1, 2), List.of(input())).orElseThrow());
    }

    @Test
    void oneChangedValueMeansTheColumnIsConverted() {
        Column changed = StringColumn.of("smiles", "CCO", null, "C1=CC=CC=C1");
        assertTrue(HostCells.restore(changed, origins(0, 1, 2), List.of(input())).isEmpty());
    }

    @Test
    void aDifferentMissingReasonMeansChanged() {
        Column changed = StringColumn.builder("smiles").add("CCO").addMissing("unparsable").add("c1ccccc1").build();
        assertTrue(HostCells.restore(changed, origins(0, 1, 2), List.of(input())).isEmpty());
        Column nowMissing = StringColumn.builder("smiles").add("CCO").addMissing("empty cell").addMissing("x").build();
        assertTrue(HostCells.restore(nowMissing, origins(0, 1, 2), List.of(input())).isEmpty());
    }

    @Test
    void aNewColumnOrAColumnOfAnotherTypeIsConverted() {
        assertTrue(HostCells.restore(StringColumn.of("scaffold", "", null, "c1ccccc1"), origins(0, 1, 2),
                List.of(input())).isEmpty());
        assertTrue(HostCells.restore(StringColumn.of("y", "1.5", "2.5", null), origins(0, 1, 2), List.of(input()))
                .isEmpty());
    }

    @Test
    void rowsWithoutAnOriginAreConverted() {
        List<RowOrigin> partly = new ArrayList<>(origins(0, 1));
        partly.add(null);
        assertTrue(HostCells.restore(SMILES, partly, List.of(input())).isEmpty());
        assertTrue(HostCells.restore(SMILES, origins(0, 1), List.of(input())).isEmpty(), "row count differs");
    }

    @Test
    void originsNameTheirInputPort() {
        // port 0 is a model (no host cells), port 1 the table, as for the GNN Predictor
        List<RowOrigin> fromPortOne = List.of(new RowOrigin(1, 0, "a"), new RowOrigin(1, 1, "b"),
                new RowOrigin(1, 2, "c"));
        List<HostCells> inputs = new ArrayList<>();
        inputs.add(null);
        inputs.add(input());
        assertArrayEquals(SMILES_HOST, HostCells.restore(SMILES, fromPortOne, inputs).orElseThrow());
        assertTrue(HostCells.restore(SMILES, origins(0, 1, 2), inputs).isEmpty(), "port 0 has no table");
    }

    @Test
    void vectorsCompareByValue() {
        DoubleVectorColumn vectors = DoubleVectorColumn.builder("fp").add(new double[] {1, 0, 1}).addMissing("bad")
                .build();
        HostCells withVectors = new HostCells(Table.of(vectors), Map.of("fp", new Object[] {"host:101", "host:?"}));
        DoubleVectorColumn same = DoubleVectorColumn.builder("fp").add(new double[] {1, 0, 1}).addMissing("bad")
                .build();
        List<RowOrigin> rows = List.of(new RowOrigin(0, 0, "a"), new RowOrigin(0, 1, "b"));
        assertArrayEquals(new Object[] {"host:101", "host:?"},
                HostCells.restore(same, rows, List.of(withVectors)).orElseThrow());
        DoubleVectorColumn other = DoubleVectorColumn.builder("fp").add(new double[] {1, 1, 1}).addMissing("bad")
                .build();
        assertEquals(Optional.empty(), HostCells.restore(other, rows, List.of(withVectors)));
    }
}
