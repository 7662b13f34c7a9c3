package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Hand-derived OGB categories: [Z-1, chirality, degree, charge+5, H, radicals, hybridization, aromatic, ring]. */
class OgbFeaturizerTest {

    private static final MoleculeStandardizer STANDARDIZER = new MoleculeStandardizer();
    private final OgbAtomFeaturizer atoms = new OgbAtomFeaturizer();
    private final OgbBondFeaturizer bonds = new OgbBondFeaturizer();

    private float[] atom(IAtomContainer mol, int index) {
        float[] out = new float[atoms.size()];
        atoms.featurize(mol, index, out, 0);
        return out;
    }

    private float[] bond(IAtomContainer mol, int begin, int end) {
        float[] out = new float[bonds.size()];
        bonds.featurize(mol, mol.indexOf(mol.getBond(mol.getAtom(begin), mol.getAtom(end))), out, 0);
        return out;
    }

    private static IAtomContainer mol(String smiles) {
        return STANDARDIZER.standardize(smiles).molecule();
    }

    @Test
    void sizesAndCategoryCounts() {
        assertEquals(9, atoms.size());
        assertEquals(3, bonds.size());
        assertArrayEquals(new int[] {119, 5, 12, 12, 10, 6, 6, 2, 2}, OgbAtomFeaturizer.CATEGORY_COUNTS);
        assertArrayEquals(new int[] {5, 6, 2}, OgbBondFeaturizer.CATEGORY_COUNTS);
    }

    @Test
    void benzeneAtomAndBond() {
        IAtomContainer benzene = mol("c1ccccc1");
        // C: 6-1=5; unspecified 0; degree 3; charge 0 -> 5; 1 H; no radical; SP2 -> 1; aromatic; in ring
        assertArrayEquals(new float[] {5, 0, 3, 5, 1, 0, 1, 1, 1}, atom(benzene, 0));
        // aromatic -> 3; STEREONONE -> 0; conjugated -> 1
        assertArrayEquals(new float[] {3, 0, 1}, bond(benzene, 0, 1));
    }

    @Test
    void alanineAndAmmonium() {
        // L-alanine C-alpha: CW -> 1; degree 4; 1 H; SP3 -> 2; chain
        assertArrayEquals(new float[] {5, 1, 4, 5, 1, 0, 2, 0, 0}, atom(mol("N[C@@H](C)C(=O)O"), 1));
        // tetramethylammonium N: 7-1=6; charge +1 -> 6; degree 4; SP3
        assertArrayEquals(new float[] {6, 0, 4, 6, 0, 0, 2, 0, 0}, atom(mol("C[N+](C)(C)C"), 1));
        // methyl radical [CH3]: valence 3 of carbon's 4 -> one unpaired electron; 3 bonds + 1 radical orbital = 4 -> SP3
        assertArrayEquals(new float[] {5, 0, 3, 5, 3, 1, 2, 0, 0}, atom(mol("[CH3]"), 0));
        // carbene [CH2]: two unpaired electrons
        assertArrayEquals(new float[] {5, 0, 2, 5, 2, 2, 2, 0, 0}, atom(mol("[CH2]"), 0));
    }

    @Test
    void bondTypesAndStereo() {
        IAtomContainer acrylonitrile = mol("C=CC#N");
        assertArrayEquals(new float[] {1, 0, 1}, bond(acrylonitrile, 0, 1)); // double, conjugated with C#N
        assertArrayEquals(new float[] {0, 0, 1}, bond(acrylonitrile, 1, 2)); // single between two multiple bonds
        assertArrayEquals(new float[] {2, 0, 1}, bond(acrylonitrile, 2, 3)); // triple
        // E -> STEREOE index 2 in OGB's list (NONE, Z, E, CIS, TRANS, ANY); Z -> 1
        assertArrayEquals(new float[] {1, 2, 0}, bond(mol("F/C=C/F"), 1, 2));
        assertArrayEquals(new float[] {1, 1, 0}, bond(mol("F/C=C\\F"), 1, 2));
    }

    @Test
    void outOfRangeValuesGoToMisc() {
        // SF6 sulfur: degree 6 is in range (0..10); SP3D2 -> 4
        assertArrayEquals(new float[] {15, 0, 6, 5, 0, 0, 4, 0, 0}, atom(mol("FS(F)(F)(F)(F)F"), 1));
        // Na+: hybridization S is not in OGB's list -> misc 5
        assertArrayEquals(new float[] {10, 0, 0, 6, 0, 0, 5, 0, 0}, atom(mol("[Na+]"), 0));
    }
}
