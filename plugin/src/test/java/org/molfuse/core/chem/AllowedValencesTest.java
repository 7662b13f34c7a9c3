package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table in AllowedValences' javadoc, re-derived: v = valence electrons - charge; 8 - v (octet) up to v. */
class AllowedValencesTest {

    @Test
    void secondRowElementsKeepTheOctet() {
        assertEquals(List.of(3), AllowedValences.allowed(5, 0)); // B: 3 electrons, fewer than 4 -> 3 bonds
        assertEquals(List.of(4), AllowedValences.allowed(5, -1)); // B-: 4 electrons -> 8-4
        assertEquals(List.of(4), AllowedValences.allowed(6, 0));
        assertEquals(List.of(3), AllowedValences.allowed(6, 1)); // C+: 3 electrons
        assertEquals(List.of(3), AllowedValences.allowed(6, -1)); // C-: 5 electrons -> 8-5
        assertEquals(List.of(3), AllowedValences.allowed(7, 0));
        assertEquals(List.of(4), AllowedValences.allowed(7, 1));
        assertEquals(List.of(2), AllowedValences.allowed(7, -1));
        assertEquals(List.of(2), AllowedValences.allowed(8, 0));
        assertEquals(List.of(3), AllowedValences.allowed(8, 1));
        assertEquals(List.of(1), AllowedValences.allowed(8, -1));
        assertEquals(List.of(0), AllowedValences.allowed(9, -1));
    }

    @Test
    void heavierElementsExpandInStepsOfTwo() {
        assertEquals(List.of(3, 5), AllowedValences.allowed(15, 0));
        assertEquals(List.of(4), AllowedValences.allowed(15, 1));
        assertEquals(List.of(2, 4, 6), AllowedValences.allowed(16, 0));
        assertEquals(List.of(3, 5), AllowedValences.allowed(16, 1));
        assertEquals(List.of(1, 3, 5, 7), AllowedValences.allowed(17, 0));
        assertEquals(List.of(1, 3, 5, 7), AllowedValences.allowed(53, 0));
        assertEquals("2, 4 or 6", AllowedValences.describe(16, 0));
        assertEquals("4", AllowedValences.describe(6, 0));
    }

    @Test
    void onlyExceedingTheMaximumIsAProblem() {
        assertTrue(AllowedValences.isAllowed(6, 0, 3)); // radical
        assertFalse(AllowedValences.isAllowed(6, 0, 5));
        assertTrue(AllowedValences.isAllowed(16, 0, 6));
        assertFalse(AllowedValences.isAllowed(16, 0, 7));
        // unchecked elements (silicon, sodium, iron) always pass
        assertTrue(AllowedValences.isAllowed(14, 0, 6));
        assertTrue(AllowedValences.isAllowed(26, 0, 9));
        assertEquals(List.of(), AllowedValences.allowed(11, 1));
    }
}
