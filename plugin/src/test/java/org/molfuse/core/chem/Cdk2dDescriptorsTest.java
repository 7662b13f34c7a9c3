package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are counted by hand from the structures; the formulas are in the comments. */
class Cdk2dDescriptorsTest {

    private static final Cdk2dDescriptors DESCRIPTORS = new Cdk2dDescriptors();

    private static double value(String smiles, String name) {
        List<String> names = DESCRIPTORS.names();
        assertTrue(names.contains(name), name + " is not among " + names);
        return DESCRIPTORS.compute(PreparedMolecules.prepare(smiles))[names.indexOf(name)];
    }

    @Test
    void namesAreUniqueAndEveryValueOfADrugIsFinite() {
        List<String> names = DESCRIPTORS.names();
        assertEquals(names.size(), new HashSet<>(names).size());
        double[] values = DESCRIPTORS.compute(PreparedMolecules.prepare("CC(=O)Nc1ccc(O)cc1"));
        assertEquals(names.size(), values.length);
        for (int i = 0; i < values.length; i++) {
            assertTrue(Double.isFinite(values[i]), names.get(i) + " = " + values[i]);
        }
        assertEquals(names.size(), MoleculeFeatures.CDK_2D.size());
    }

    @Test
    void butaneHasItsPathCountsAndShapeIndices() {
        assertEquals(14, value("CCCC", "AtomCount.nAtom")); // 4 C + 10 H
        assertEquals(3, value("CCCC", "BondCount.nB"));
        // distances 1, 1, 1, 2, 2, 3; one pair three bonds apart
        assertEquals(10, value("CCCC", "WienerNumbers.WPATH"));
        assertEquals(1, value("CCCC", "WienerNumbers.WPOL"));
        assertEquals(1 + 4 + 4 + 1, value("CCCC", "ZagrebIndex.Zagreb")); // squared heavy-atom degrees
        // kappa1 = A (A-1)^2 / P1^2 = 4 * 9 / 9; kappa2 = (A-1)(A-2)^2 / P2^2 = 3 * 4 / 4
        assertEquals(4.0, value("CCCC", "KappaShapeIndices.Kier1"), 1e-12);
        assertEquals(3.0, value("CCCC", "KappaShapeIndices.Kier2"), 1e-12);
    }

    @Test
    void benzeneAndSpirohexaneHaveTheirRingValues() {
        assertEquals(6, value("c1ccccc1", "AromaticAtomsCount.naAromAtom"));
        assertEquals(6 * 1 + 6 * 2 + 3 * 3, value("c1ccccc1", "WienerNumbers.WPATH"));
        // kappa1 = 6 * 25 / 36, with as many paths of length 1 and 2 as atoms
        assertEquals(150.0 / 36, value("c1ccccc1", "KappaShapeIndices.Kier1"), 1e-12);
        assertEquals(80.0 / 36, value("c1ccccc1", "KappaShapeIndices.Kier2"), 1e-12);
        assertEquals(1, value("C1CCC12CC2", "SpiroAtomCount.nSpiroAtoms"));
        assertEquals(5 * 4 + 16, value("C1CCC12CC2", "ZagrebIndex.Zagreb")); // five degree-2 atoms, one of degree 4
    }
}
