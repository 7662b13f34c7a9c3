package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Hand-derived chemprop layouts. Atom slots: atomic number Z at Z-1; degree d at 101+d; charge in the order
 * [-1, -2, +1, +2, 0] at 108..112; chiral tag at 114 (unspecified), 115 (CW), 116 (CCW); H count h at 119+h;
 * hybridization SP/SP2/SP3 at 125/126/127; aromatic 131; mass*0.01 at 132. Bond slots: single 1, double 2,
 * triple 3, aromatic 4, conjugated 5, in ring 6, stereo 7 + RDKit code (NONE 0, Z 2, E 3).
 */
class ChempropFeaturizerTest {

    private static final MoleculeStandardizer STANDARDIZER = new MoleculeStandardizer();
    private final ChempropAtomFeaturizer atoms = new ChempropAtomFeaturizer();
    private final ChempropBondFeaturizer bonds = new ChempropBondFeaturizer();

    private static IAtomContainer mol(String smiles) {
        StandardizedMolecule result = STANDARDIZER.standardize(smiles);
        assertTrue(result.isValid(), result.message());
        return result.molecule();
    }

    /** Indices of the one-valued slots, mass excluded. */
    private int[] atomHot(IAtomContainer mol, int atom) {
        float[] out = new float[atoms.size()];
        atoms.featurize(mol, atom, out, 0);
        return hot(out, ChempropAtomFeaturizer.MASS);
    }

    private float mass(IAtomContainer mol, int atom) {
        float[] out = new float[atoms.size() + 3];
        atoms.featurize(mol, atom, out, 3); // also checks that the offset is honoured
        return out[3 + ChempropAtomFeaturizer.MASS];
    }

    private int[] bondHot(IAtomContainer mol, int begin, int end) {
        IBond bond = mol.getBond(mol.getAtom(begin), mol.getAtom(end));
        float[] out = new float[bonds.size()];
        bonds.featurize(mol, mol.indexOf(bond), out, 0);
        return hot(out, out.length);
    }

    private static int[] hot(float[] values, int end) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (values[i] == 1f) {
                indices.add(i);
            } else {
                assertEquals(0f, values[i], "one-hot slot " + i + " must be 0 or 1");
            }
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void sizesMatchChempropV1() {
        assertEquals(133, atoms.size());
        assertEquals(14, bonds.size());
    }

    @Test
    void benzene() {
        IAtomContainer benzene = mol("c1ccccc1");
        for (int i = 0; i < 6; i++) {
            // C -> 5; degree 2 ring bonds + 1 H = 3 -> 104; charge 0 -> 112; unspecified -> 114; 1 H -> 120;
            // SP2 -> 126; aromatic -> 131
            assertArrayEquals(new int[] {5, 104, 112, 114, 120, 126, 131}, atomHot(benzene, i));
            // average mass of carbon 12.011 * 0.01
            assertEquals(0.12011, mass(benzene, i), 1e-4);
        }
        for (int i = 0; i < 6; i++) {
            // aromatic 4, conjugated 5 (aromatic bonds always are), ring 6, stereo NONE 7
            assertArrayEquals(new int[] {4, 5, 6, 7}, bondHot(benzene, i, (i + 1) % 6));
        }
    }

    @Test
    void aspirin() {
        // 0 C(methyl) 1 C(=O) 2 O 3 O(ester) 4-9 ring c 10 C(acid) 11 O 12 OH
        IAtomContainer aspirin = mol("CC(=O)Oc1ccccc1C(=O)O");
        // methyl: degree 1 + 3 H = 4 -> 105; 3 H -> 122; SP3 -> 127
        assertArrayEquals(new int[] {5, 105, 112, 114, 122, 127}, atomHot(aspirin, 0));
        // carbonyl C: degree 3, no H -> 104, 119; SP2 -> 126
        assertArrayEquals(new int[] {5, 104, 112, 114, 119, 126}, atomHot(aspirin, 1));
        // carbonyl O: O -> 7; degree 1 -> 102; 1 bond + 2 lone pairs = 3 orbitals -> SP2
        assertArrayEquals(new int[] {7, 102, 112, 114, 119, 126}, atomHot(aspirin, 2));
        // ester O: degree 2 -> 103; 2 bonds + 2 lone pairs = 4 orbitals, but it has conjugated bonds -> SP2
        assertArrayEquals(new int[] {7, 103, 112, 114, 119, 126}, atomHot(aspirin, 3));
        // substituted ring carbon: degree 3, no H, aromatic
        assertArrayEquals(new int[] {5, 104, 112, 114, 119, 126, 131}, atomHot(aspirin, 4));
        // ring CH
        assertArrayEquals(new int[] {5, 104, 112, 114, 120, 126, 131}, atomHot(aspirin, 5));
        // acid OH: degree 1 + 1 H = 2 -> 103; 1 H -> 120; conjugated with C=O -> SP2
        assertArrayEquals(new int[] {7, 103, 112, 114, 120, 126}, atomHot(aspirin, 12));
        assertEquals(0.15999, mass(aspirin, 12), 1e-4);
        // methyl-C(=O): the methyl has 4 connections, too many to conjugate -> single only
        assertArrayEquals(new int[] {1, 7}, bondHot(aspirin, 0, 1));
        // C=O next to the ester O (an atom with lone pairs): double + conjugated
        assertArrayEquals(new int[] {2, 5, 7}, bondHot(aspirin, 1, 2));
        assertArrayEquals(new int[] {1, 5, 7}, bondHot(aspirin, 1, 3));
        // O-aryl: the ring carbon carries an aromatic bond -> conjugated single
        assertArrayEquals(new int[] {1, 5, 7}, bondHot(aspirin, 3, 4));
        // ring closure bond 9-4 is aromatic and in the ring
        assertArrayEquals(new int[] {4, 5, 6, 7}, bondHot(aspirin, 9, 4));
        assertArrayEquals(new int[] {1, 5, 7}, bondHot(aspirin, 9, 10));
        assertArrayEquals(new int[] {2, 5, 7}, bondHot(aspirin, 10, 11));
        assertArrayEquals(new int[] {1, 5, 7}, bondHot(aspirin, 10, 12));
    }

    @Test
    void tetramethylammonium() {
        IAtomContainer cation = mol("C[N+](C)(C)C.[Cl-]");
        assertEquals(5, cation.getAtomCount()); // chloride stripped, the cation keeps its charge
        // N -> 6; degree 4 -> 105; charge +1 is third in [-1, -2, 1, 2, 0] -> 110; no H -> 119;
        // 4 bonds and no lone pair -> SP3 -> 127
        assertArrayEquals(new int[] {6, 105, 110, 114, 119, 127}, atomHot(cation, 1));
        assertEquals(0.14007, mass(cation, 1), 1e-4);
        assertArrayEquals(new int[] {5, 105, 112, 114, 122, 127}, atomHot(cation, 0));
        assertArrayEquals(new int[] {1, 7}, bondHot(cation, 0, 1));
    }

    @Test
    void lAlanineStereocentre() {
        // N[C@@H](C)C(=O)O: seen from N, (H, CH3, COOH) run clockwise. Ordered by index with H last the ligands are
        // (N, CH3, COOH, H), an even permutation of (N, H, CH3, COOH), so the tag stays clockwise: CW -> 115
        IAtomContainer alanine = mol("N[C@@H](C)C(=O)O");
        assertArrayEquals(new int[] {5, 105, 112, 115, 120, 127}, atomHot(alanine, 1));
        // D-alanine flips it: CCW -> 116
        assertArrayEquals(new int[] {5, 105, 112, 116, 120, 127}, atomHot(mol("N[C@H](C)C(=O)O"), 1));
        // the amine N: degree 1 + 2 H -> 104, 2 H -> 121, SP3 (not next to a multiple bond)
        assertArrayEquals(new int[] {6, 104, 112, 114, 121, 127}, atomHot(alanine, 0));
    }

    @Test
    void saltAfterStandardization() {
        // sodium benzoate: Na+ is dropped, the carboxylate O (atom 0) is protonated
        IAtomContainer acid = mol("[Na+].[O-]C(=O)c1ccccc1");
        assertEquals(9, acid.getAtomCount());
        // O: degree 1 + 1 H -> 103; charge 0 -> 112; 1 H -> 120; conjugated with C=O -> SP2
        assertArrayEquals(new int[] {7, 103, 112, 114, 120, 126}, atomHot(acid, 0));
        for (int i = 0; i < acid.getAtomCount(); i++) {
            assertTrue(atomHot(acid, i)[0] != 10, "no sodium left"); // Na would be slot 10
        }
        // without neutralization the same oxygen is an anion: charge -1 -> 108, degree 1 -> 102, no H -> 119
        MoleculeStandardizer raw = new MoleculeStandardizer(new StandardizerOptions(500, true, false));
        IAtomContainer anion = raw.standardize("[Na+].[O-]C(=O)c1ccccc1").molecule();
        assertArrayEquals(new int[] {7, 102, 108, 114, 119, 126}, atomHot(anion, 0));
    }

    @Test
    void doubleBondStereoUsesRdkitCodes() {
        // F/C=C/F: trans fluorines, F outranks H on both ends -> E = 3 -> slot 10; fluorine (default valence 1)
        // has no electrons for a pi system, so the C=C is not conjugated
        assertArrayEquals(new int[] {2, 10}, bondHot(mol("F/C=C/F"), 1, 2));
        // F/C=C\F -> Z = 2 -> slot 9
        assertArrayEquals(new int[] {2, 9}, bondHot(mol("F/C=C\\F"), 1, 2));
        // C/C=C(/Cl)CC: methyl trans to Cl; on C2 chlorine (17) outranks the ethyl carbon (6) -> E;
        // the C=C has no neighbour that can conjugate (both substituents are sp3 carbons or Cl) -> not conjugated
        assertArrayEquals(new int[] {2, 10}, bondHot(mol("C/C=C(/Cl)CC"), 1, 2));
        // CC/C=C(/C)CO on the far end: CH2OH (C bearing O) outranks CH3 although both start with carbon
        assertArrayEquals(new int[] {2, 9}, bondHot(mol("CC/C=C(/C)CO"), 2, 3));
    }

    @Test
    void outOfRangeValuesUseTheUnknownSlot() {
        // SF6: degree 6 -> unknown degree slot 107; S: 6 bonds, no lone pair = 6 orbitals -> SP3D2 -> 129
        IAtomContainer sf6 = mol("FS(F)(F)(F)(F)F");
        assertArrayEquals(new int[] {15, 107, 112, 114, 119, 129}, atomHot(sf6, 1));
        // Na+: degree 0 -> 101; +1 -> 110; no valence electrons left, 0 orbitals -> RDKit's S -> unknown slot 130
        assertArrayEquals(new int[] {10, 101, 110, 114, 119, 130}, atomHot(mol("[Na+]"), 0));
        // fluoride (not a protonatable anion, so it keeps its charge): 4 lone pairs -> SP3 -> 127
        assertArrayEquals(new int[] {8, 101, 108, 114, 119, 127}, atomHot(mol("[F-]"), 0));
    }
}
