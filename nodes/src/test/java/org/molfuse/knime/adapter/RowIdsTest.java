package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowIdsTest {

    @Test
    void rowsKeepTheirInputIds() {
        RowIds ids = new RowIds();
        assertEquals("Row7", ids.next(0, new RowOrigin(0, 7, "Row7")));
        assertEquals("mol-3", ids.next(1, new RowOrigin(0, 3, "mol-3")));
    }

    @Test
    void repeatedIdsGetDupSuffixes() {
        RowIds ids = new RowIds();
        RowOrigin same = new RowOrigin(0, 0, "Row0");
        assertEquals(List.of("Row0", "Row0_dup", "Row0_dup2"),
                List.of(ids.next(0, same), ids.next(1, same), ids.next(2, same)));
    }

    @Test
    void rowsWithoutOriginAreNumberedLikeKnime() {
        RowIds ids = new RowIds();
        assertEquals(List.of("Row0", "Row1", "Row2"),
                List.of(ids.next(0, null), ids.next(1, null), ids.next(2, null)));
    }
}
