package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

class MoleculeStandardizerTest {

    private final MoleculeStandardizer standardizer = new MoleculeStandardizer();

    private StandardizedMolecule valid(String smiles) {
        StandardizedMolecule result = standardizer.standardize(smiles);
        assertTrue(result.isValid(), () -> smiles + " should be valid but was " + result.message());
        return result;
    }

    private StandardizedMolecule rejected(String smiles, ValidationReason reason) {
        StandardizedMolecule result = standardizer.standardize(smiles);
        assertEquals(reason, result.reason(), () -> smiles + ": " + result.message());
        assertFalse(result.isValid());
        assertNull(result.molecule());
        assertNull(result.canonicalSmiles());
        return result;
    }

    @Test
    void reasonCodesAreTheTableValues() {
        assertEquals("ok", ValidationReason.OK.code());
        assertEquals("empty", ValidationReason.EMPTY.code());
        assertEquals("unparsable", ValidationReason.UNPARSABLE.code());
        assertEquals("valence", ValidationReason.VALENCE.code());
        assertEquals("too_many_atoms", ValidationReason.TOO_MANY_ATOMS.code());
        assertEquals("unsupported_element", ValidationReason.UNSUPPORTED_ELEMENT.code());
    }

    @Test
    void blankOrAtomlessInputIsEmpty() {
        rejected(null, ValidationReason.EMPTY);
        rejected("", ValidationReason.EMPTY);
        assertEquals("empty: no SMILES given", rejected(" \t ", ValidationReason.EMPTY).message());
        assertEquals("empty: the SMILES has no atoms", rejected(".", ValidationReason.EMPTY).message());
    }

    @Test
    void syntaxErrorsNameThe1BasedCharacter() {
        // "C1CC": ring 1 is never closed; CDK points at the last character, the 4th
        assertEquals("unparsable at character 4: unclosed ring detected, SMILES may be truncated",
                rejected("C1CC", ValidationReason.UNPARSABLE).message());
        // "CCX": X is not an element symbol, the 3rd character
        assertEquals("unparsable at character 3: unexpected character",
                rejected("CCX", ValidationReason.UNPARSABLE).message());
        // position counts in the trimmed input: the leading blanks do not shift it
        assertTrue(rejected("   CC)C", ValidationReason.UNPARSABLE).message().startsWith("unparsable at character 3: "));
    }

    @Test
    void wildcardsPseudoAtomsAndHeavyElementsAreUnsupported() {
        assertEquals("unsupported element: atom 2 is a wildcard '*'",
                rejected("C*", ValidationReason.UNSUPPORTED_ELEMENT).message());
        assertEquals("unsupported element: atom 1 is a pseudo atom 'R1'",
                rejected("[R1]CC", ValidationReason.UNSUPPORTED_ELEMENT).message());
        // lawrencium is element 103
        assertEquals("unsupported element: atom 3 is Lr (atomic number 103), only 1-100 are supported",
                rejected("CC[Lr]", ValidationReason.UNSUPPORTED_ELEMENT).message());
        valid("[Fm]"); // fermium, element 100, is the last one accepted
    }

    @Test
    void heavyAtomLimitCountsTheWholeInputBeforeFragmentStripping() {
        MoleculeStandardizer small = new MoleculeStandardizer(new StandardizerOptions(5, true, true));
        assertTrue(small.standardize("CCCCC").isValid());
        StandardizedMolecule tooBig = small.standardize("CCCCCC");
        assertEquals(ValidationReason.TOO_MANY_ATOMS, tooBig.reason());
        assertEquals("too many atoms: 6 heavy atoms exceeds limit 5", tooBig.message());
        // 4 + 2 heavy atoms: over the limit even though the kept fragment would have 4
        assertEquals(ValidationReason.TOO_MANY_ATOMS, small.standardize("CCCC.CC").reason());
        // explicit hydrogens are not heavy atoms: 2 carbons
        assertTrue(small.standardize("[H]C([H])([H])C([H])([H])[H]").isValid());
    }

    @Test
    void overValentAtomsAndNonKekulisableRingsAreValenceProblems() {
        assertEquals("valence: atom 1 (C) has valence 5, allowed 4",
                rejected("C(C)(C)(C)(C)C", ValidationReason.VALENCE).message());
        // N+ with five bonds: four is the most a positive nitrogen allows
        assertEquals("valence: atom 2 (N+) has valence 5, allowed 4",
                rejected("C[N+](C)(C)(C)C", ValidationReason.VALENCE).message());
        // 2-valent fluorine
        assertEquals("valence: atom 2 (F) has valence 2, allowed 1", rejected("CFC", ValidationReason.VALENCE).message());
        // five aromatic carbons cannot alternate single and double bonds; pyrrole needs its [nH]
        assertTrue(rejected("c1cccc1", ValidationReason.VALENCE).message().contains("Kekulé"));
        rejected("n1cccc1", ValidationReason.VALENCE);
        valid("[nH]1cccc1");
    }

    @Test
    void expandedOctetsAndRadicalsAreAccepted() {
        valid("CS(=O)(=O)C"); // sulfone: S valence 6
        valid("OP(=O)(O)O"); // phosphate: P valence 5
        valid("OCl(=O)(=O)=O"); // perchloric acid: Cl valence 7
        valid("[CH3]"); // methyl radical: valence 3 is below carbon's 4
    }

    @Test
    void esolTrailingWhitespaceIsIgnored() {
        // ESOL row 1 (amygdalin) carries a trailing space in the source file
        String withSpace = "OCC3OC(OCC2OC(OC(C#N)c1ccccc1)C(O)C(O)C2O)C(O)C(O)C3O ";
        StandardizedMolecule result = valid(withSpace);
        assertEquals(withSpace, result.input());
        assertEquals(valid(withSpace.strip()).canonicalSmiles(), result.canonicalSmiles());
        assertEquals(32, result.molecule().getAtomCount()); // C20 N O11
    }

    @Test
    void saltIsStrippedToTheNeutralAcid() {
        StandardizedMolecule benzoate = valid("[Na+].[O-]C(=O)c1ccccc1");
        assertEquals(valid("OC(=O)c1ccccc1").canonicalSmiles(), benzoate.canonicalSmiles());
        assertEquals("O=C(O)c1ccccc1", benzoate.canonicalSmiles());
        assertEquals(9, benzoate.molecule().getAtomCount());
        // atoms keep input order minus the sodium: the former O- is atom 0 and now carries the proton
        IAtom oxygen = benzoate.molecule().getAtom(0);
        assertEquals(8, oxygen.getAtomicNumber());
        assertEquals(0, oxygen.getFormalCharge());
        assertEquals(1, oxygen.getImplicitHydrogenCount());
        // order of the fragments does not matter
        assertEquals(benzoate.canonicalSmiles(), valid("[O-]C(=O)c1ccccc1.[Na+]").canonicalSmiles());
    }

    @Test
    void fragmentTieGoesToTheSmallestCanonicalSmiles() {
        // methanol ("OC") and methylamine ("NC") both have two heavy atoms; "NC" sorts first
        assertEquals("NC", valid("OC.NC").canonicalSmiles());
        assertEquals("NC", valid("NC.OC").canonicalSmiles());
        // more heavy atoms always win over the string order
        assertEquals("OCC", valid("NC.OCC").canonicalSmiles());
    }

    @Test
    void carboxylateAndAmmoniumAreNeutralized() {
        assertEquals(valid("CC(=O)O").canonicalSmiles(), valid("CC(=O)[O-]").canonicalSmiles());
        assertEquals(valid("CCCN").canonicalSmiles(), valid("CCC[NH3+]").canonicalSmiles());
        // glycine zwitterion: both charges can go, so it becomes the neutral amino acid
        assertEquals(valid("NCC(=O)O").canonicalSmiles(), valid("[NH3+]CC(=O)[O-]").canonicalSmiles());
        // pyridinium loses its proton
        assertEquals(valid("c1ccncc1").canonicalSmiles(), valid("c1cc[nH+]cc1").canonicalSmiles());
    }

    @Test
    void quaternaryAmmoniumNitroAndBetaineKeepTheirCharges() {
        assertEquals("C[N+](C)(C)C", valid("C[N+](C)(C)C.[Cl-]").canonicalSmiles());
        // neutral five-valent nitro is written charge-separated, the charge pair then stays
        String nitro = valid("CCN(=O)=O").canonicalSmiles();
        assertEquals(nitro, valid("CC[N+](=O)[O-]").canonicalSmiles());
        assertTrue(nitro.contains("[N+]") && nitro.contains("[O-]"), nitro);
        // betaine: the quaternary N+ cannot lose a proton, so the carboxylate keeps the balancing charge
        String betaine = valid("C[N+](C)(C)CC(=O)[O-]").canonicalSmiles();
        assertTrue(betaine.contains("[N+]") && betaine.contains("[O-]"), betaine);
        // pyridine N-oxide keeps its neighbouring charge pair
        assertTrue(valid("[O-][n+]1ccccc1").canonicalSmiles().contains("[n+]"));
    }

    @Test
    void neutralizationAndFragmentStrippingCanBeSwitchedOff() {
        MoleculeStandardizer raw = new MoleculeStandardizer(new StandardizerOptions(500, false, false));
        StandardizedMolecule salt = raw.standardize("[Na+].[O-]C(=O)c1ccccc1");
        assertTrue(salt.isValid());
        assertEquals(10, salt.molecule().getAtomCount());
        assertTrue(salt.canonicalSmiles().contains("[Na+]") && salt.canonicalSmiles().contains("[O-]"));
        // neutralizing without stripping: the sodium cation balances the carboxylate, which therefore stays
        MoleculeStandardizer keepSalt = new MoleculeStandardizer(new StandardizerOptions(500, false, true));
        assertTrue(keepSalt.standardize("[Na+].[O-]C(=O)c1ccccc1").canonicalSmiles().contains("[O-]"));
    }

    @Test
    void sameMoleculeWrittenDifferentlyGivesTheSameCanonicalSmiles() {
        assertEquals(valid("c1ccccc1O").canonicalSmiles(), valid("Oc1ccccc1").canonicalSmiles());
        assertEquals(valid("C1=CC=CC=C1O").canonicalSmiles(), valid("Oc1ccccc1").canonicalSmiles());
        assertEquals(valid("N[C@@H](C)C(=O)O").canonicalSmiles(), valid("C[C@H](N)C(=O)O").canonicalSmiles());
        assertEquals(valid("OC(=O)[C@H](C)N").canonicalSmiles(), valid("C[C@H](N)C(=O)O").canonicalSmiles());
        assertFalse(valid("N[C@@H](C)C(=O)O").canonicalSmiles().equals(valid("N[C@H](C)C(=O)O").canonicalSmiles()));
        assertEquals(valid("F/C=C/F").canonicalSmiles(), valid("F\\C=C\\F").canonicalSmiles());
        // trans-1,4-dimethylcyclohexane: the ring atoms around each centre are symmetric, so CDK's tie-break
        // alone would make the written parities depend on the input spelling
        String trans = valid("C[C@H]1CC[C@@H](C)CC1").canonicalSmiles();
        assertEquals(trans, valid("[C@@H]1(C)CC[C@H](C)CC1").canonicalSmiles());
        assertEquals(trans, valid("C1C[C@@H](C)CC[C@H]1C").canonicalSmiles());
        // the central ether oxygen and the ring oxygens look alike to colour refinement; CDK's own Unique SMILES
        // differs between these two writings
        assertEquals(valid("C1CN(CCOCCN2CCOCC2)CCO1").canonicalSmiles(),
                valid("C1N(CCOC1)CCOCCN1CCOCC1").canonicalSmiles());
    }

    @Test
    void stereoOnNonStereocentresIsDroppedButPseudoAsymmetricCentresStay() {
        assertEquals(valid("CCC(C)C").canonicalSmiles(), valid("C[C@H](C)CC").canonicalSmiles());
        assertEquals(0, stereoCount(valid("C/C=C(/C)C").molecule()));
        // ribitol and xylitol differ only at the middle (pseudo-asymmetric) carbon
        String ribitol = valid("OC[C@H](O)[C@H](O)[C@H](O)CO").canonicalSmiles();
        String xylitol = valid("OC[C@H](O)[C@@H](O)[C@H](O)CO").canonicalSmiles();
        assertFalse(ribitol.equals(xylitol));
        assertEquals(3, stereoCount(valid("OC[C@H](O)[C@@H](O)[C@H](O)CO").molecule()));
    }

    private static int stereoCount(IAtomContainer mol) {
        int count = 0;
        for (Object ignored : mol.stereoElements()) {
            count++;
        }
        return count;
    }

    @Test
    void resultsAreDeterministicAndThreadSafe() throws Exception {
        List<String> inputs = List.of("CC(=O)Oc1ccccc1C(=O)O", "[Na+].[O-]C(=O)c1ccccc1", "N[C@@H](C)C(=O)O",
                "C1CC", "c1ccc2c(c1)ccc3c2ccc4c5ccccc5ccc43", "CCN(=O)=O", "C*");
        List<String> expected = inputs.stream().map(s -> standardizer.standardize(s).message()
                + "|" + standardizer.standardize(s).canonicalSmiles()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> inputs.stream().map(s -> standardizer.standardize(s).message()
                        + "|" + standardizer.standardize(s).canonicalSmiles()).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void validResultsCarryMoleculeAndSmiles() {
        StandardizedMolecule ok = valid("CCO");
        assertSame(ValidationReason.OK, ok.reason());
        assertEquals("ok", ok.message());
        assertNotNull(ok.molecule());
        assertEquals("OCC", ok.canonicalSmiles());
        assertThrows(IllegalArgumentException.class,
                () -> new StandardizedMolecule("CCO", null, "CCO", ValidationReason.OK, "ok"));
    }

    @Test
    void badOptionsNameTheSetting() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new StandardizerOptions(0, true, true));
        assertTrue(error.getMessage().contains("maxHeavyAtoms"), error.getMessage());
        assertEquals(new StandardizerOptions(500, true, true), StandardizerOptions.defaults());
    }
}
