package org.molfuse.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WarningCollectorTest {

    @Test
    void noWarningsGiveNoMessage() {
        WarningCollector warnings = new WarningCollector();
        warnings.add(null);
        warnings.add("  ");
        assertNull(warnings.message());
    }

    @Test
    void eachWarningOnceInArrivalOrder() {
        WarningCollector warnings = new WarningCollector();
        warnings.add("3 molecules with invalid SMILES were left out");
        warnings.add("task y has one class");
        warnings.add("3 molecules with invalid SMILES were left out ");
        assertEquals("3 molecules with invalid SMILES were left out\ntask y has one class", warnings.message());
    }

    @Test
    void longListsAreCut() {
        WarningCollector warnings = new WarningCollector();
        for (int i = 1; i <= 7; i++) {
            warnings.add("warning " + i);
        }
        assertEquals("warning 1\nwarning 2\nwarning 3\nwarning 4\nwarning 5\n(and 2 more warnings)",
                warnings.message());
        warnings = new WarningCollector();
        for (int i = 1; i <= 6; i++) {
            warnings.add("warning " + i);
        }
        assertEquals("warning 1\nwarning 2\nwarning 3\nwarning 4\nwarning 5\n(and 1 more warning)",
                warnings.message());
    }
}
