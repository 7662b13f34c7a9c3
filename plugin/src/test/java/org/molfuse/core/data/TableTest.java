package org.molfuse.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableTest {

    private final Table table = Table.of(
            StringColumn.of("smiles", "CCO", "c1ccccc1", null),
            DoubleColumn.builder("logS").add(0.5).add(-2).addMissing("invalid SMILES").build());

    @Test
    void describesItsShape() {
        assertEquals(3, table.rowCount());
        assertEquals(2, table.columnCount());
        assertEquals(List.of("smiles", "logS"), table.columnNames());
        assertTrue(table.hasColumn("logS"));
        assertFalse(table.hasColumn("logs"));
        assertEquals("Table[3 rows: 'smiles' (STRING), 'logS' (DOUBLE)]", table.toString());
    }

    @Test
    void unknownColumnListsTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.column("SMILES"));

        assertEquals("no column 'SMILES'; available columns: 'smiles' (STRING), 'logS' (DOUBLE)", e.getMessage());
    }

    @Test
    void typedAccessorNamesColumnAndActualType() {
        IllegalArgumentException asDouble = assertThrows(IllegalArgumentException.class,
                () -> table.doubleColumn("smiles"));
        IllegalArgumentException asString = assertThrows(IllegalArgumentException.class,
                () -> table.stringColumn("logS"));

        assertEquals("column 'smiles' has type STRING, expected DOUBLE "
                + "(convert it with DoubleColumn.parse or IntColumn.parse)", asDouble.getMessage());
        assertEquals("column 'logS' has type DOUBLE, expected STRING", asString.getMessage());
        assertThrows(IllegalArgumentException.class, () -> table.graphColumn("logS"));
        assertThrows(IllegalArgumentException.class, () -> table.intColumn("logS"));
        assertThrows(IllegalArgumentException.class, () -> table.bytesColumn("logS"));
        assertThrows(IllegalArgumentException.class, () -> table.doubleVectorColumn("logS"));
        assertSame(table.column("logS"), table.doubleColumn("logS"));
    }

    @Test
    void unequalColumnLengthsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.withColumn(IntColumn.of("n", 1, 2)));

        assertEquals("column 'n' has 2 rows but column 'smiles' has 3", e.getMessage());
    }

    @Test
    void duplicateNamesAreRejectedWithASuggestion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.withColumn(IntColumn.of("logS", 1, 2, 3)));

        assertEquals("duplicate column name 'logS'; rename one of them (for example to 'logS (#1)')", e.getMessage());
    }

    @Test
    void uniqueNameFollowsKnimeRule() {
        Table withCopy = table.withColumn(IntColumn.of("logS (#1)", 1, 2, 3));

        assertEquals("fresh", withCopy.uniqueName("fresh"));
        assertEquals("logS (#2)", withCopy.uniqueName("logS"));
        assertEquals("smiles (#1)", withCopy.uniqueName("smiles"));
    }

    @Test
    void withColumnsAppendsAndLeavesOriginalUntouched() {
        Table wider = table.withColumns(IntColumn.of("n", 1, 2, 3), StringColumn.of("id", "a", "b", "c"));

        assertEquals(List.of("smiles", "logS", "n", "id"), wider.columnNames());
        assertEquals(2, table.columnCount());
        assertThrows(UnsupportedOperationException.class, () -> wider.columns().clear());
    }

    @Test
    void selectPicksRowsInOrder() {
        Table split = table.select(new int[] {2, 0});

        assertEquals(2, split.rowCount());
        assertTrue(split.stringColumn("smiles").isMissing(0));
        assertEquals("CCO", split.stringColumn("smiles").getString(1));
        assertEquals(Optional.of("invalid SMILES"), split.doubleColumn("logS").missingReason(0));
        assertEquals(0.5, split.doubleColumn("logS").getDouble(1));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> table.select(new int[] {0, 3}));
        assertEquals("row index 3 is outside the table of 3 rows", e.getMessage());
    }

    @Test
    void emptyTableTakesRowCountFromFirstColumn() {
        Table empty = Table.empty();

        assertEquals(0, empty.rowCount());
        assertEquals(2, empty.withColumn(IntColumn.of("x", 4, 5)).rowCount());
        assertEquals("no column 'x'; available columns: (none)",
                assertThrows(IllegalArgumentException.class, () -> empty.column("x")).getMessage());
    }
}
