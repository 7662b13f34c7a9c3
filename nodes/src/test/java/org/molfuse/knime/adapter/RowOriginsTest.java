package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.OpaqueColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;

class RowOriginsTest {

    @Test
    void theColumnNameAvoidsTheInputsColumns() {
        assertEquals("KNIME row ID", RowOrigins.columnName(List.of("smiles", "y")));
        assertEquals("KNIME row ID (#2)", RowOrigins.columnName(List.of("KNIME row ID", "KNIME row ID (#1)")));
    }

    @Test
    void onlyAnOpaqueColumnOfAnOriginNameIsTheOriginColumn() {
        Set<String> names = Set.of("KNIME row ID");
        assertTrue(RowOrigins.isOriginColumn("KNIME row ID", ColumnType.OTHER, names));
        assertFalse(RowOrigins.isOriginColumn("KNIME row ID", ColumnType.STRING, names));
        assertFalse(RowOrigins.isOriginColumn("KNIME row ID (#1)", ColumnType.OTHER, names));
    }

    @Test
    void readsTheOriginsOfATableThatCarriesThem() {
        RowOrigin first = new RowOrigin(0, 4, "Row4");
        RowOrigin second = new RowOrigin(0, 1, "Row1");
        Table table = Table.of(StringColumn.of("smiles", "CC", "O"),
                OpaqueColumn.builder("KNIME row ID").add(first).add(second).build());
        assertEquals(Optional.of(List.of(first, second)), RowOrigins.of(table, Set.of("KNIME row ID")));
        assertEquals(Optional.empty(), RowOrigins.of(table, Set.of("other name")));
    }

    @Test
    void aColumnWithOtherCellsIsNotTakenForOrigins() {
        Table table = Table.of(OpaqueColumn.builder("KNIME row ID").add(new RowOrigin(0, 0, "Row0")).add("x")
                .build());
        assertEquals(Optional.empty(), RowOrigins.of(table, Set.of("KNIME row ID")));
    }
}
