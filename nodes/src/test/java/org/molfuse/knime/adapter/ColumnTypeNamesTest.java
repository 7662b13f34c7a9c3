package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.molfuse.core.data.ColumnType;

class ColumnTypeNamesTest {

    @Test
    void listsTypesInAFixedOrderWithAFinalOr() {
        assertEquals("text, number or whole number",
                ColumnTypeNames.describe(Set.of(ColumnType.INT, ColumnType.STRING, ColumnType.DOUBLE)));
        assertEquals("text", ColumnTypeNames.describe(Set.of(ColumnType.STRING)));
        assertEquals("number or molecule graph", ColumnTypeNames.describe(Set.of(ColumnType.GRAPH,
                ColumnType.DOUBLE)));
    }
}
