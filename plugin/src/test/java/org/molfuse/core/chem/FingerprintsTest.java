package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

class FingerprintsTest {

    private static final String ASPIRIN = "CC(=O)Oc1ccccc1C(=O)O";

    /** MACCS keys numbered 1..166 as in the MACCS definition and RDKit. */
    private static BitSet maccsKeys(String smiles) {
        BitSet bits = Fingerprints.of(FingerprintType.MACCS).bits(PreparedMolecules.prepare(smiles));
        BitSet keys = new BitSet();
        bits.stream().forEach(bit -> keys.set(bit + 1)); // bit i is MACCS key i + 1
        return keys;
    }

    @Test
    void ecfpOfTinyMoleculesHasTheHandCountedFeatures() {
        Fingerprints ecfp4 = Fingerprints.of(FingerprintType.ECFP4);
        // Methane: one atom identifier; its radius-1 environment covers the same single atom and is dropped.
        assertEquals(1, ecfp4.bits(PreparedMolecules.prepare("C")).cardinality());
        // Ethane: both CH3 share one identifier; the two radius-1 environments cover the same atom pair, one kept.
        assertEquals(2, ecfp4.bits(PreparedMolecules.prepare("CC")).cardinality());
        assertEquals(3, Arrays.stream(ecfp4.counts(PreparedMolecules.prepare("CC"))).sum());
        // Ethanol: CH3, CH2, OH at radius 0; {C,C}, {C,C,O}, {C,O} at radius 1; radius 2 only repeats {C,C,O}.
        assertEquals(6, ecfp4.bits(PreparedMolecules.prepare("CCO")).cardinality());
        assertEquals(6, Fingerprints.of(FingerprintType.ECFP6).bits(PreparedMolecules.prepare("CCO")).cardinality());
    }

    @Test
    void ecfp6ExtendsEcfp4() {
        IAtomContainer aspirin = PreparedMolecules.prepare(ASPIRIN);
        BitSet ecfp4 = Fingerprints.of(FingerprintType.ECFP4).bits(aspirin);
        BitSet ecfp6 = Fingerprints.of(FingerprintType.ECFP6).bits(aspirin);
        BitSet missing = (BitSet) ecfp4.clone();
        missing.andNot(ecfp6);
        assertTrue(missing.isEmpty(), "ECFP6 runs the ECFP4 iterations first, so it keeps every ECFP4 feature");
        assertTrue(ecfp6.cardinality() > ecfp4.cardinality());
    }

    @Test
    void countsArePositiveExactlyWhereBitsAreSet() {
        for (FingerprintType type : List.of(FingerprintType.ECFP4, FingerprintType.ECFP6)) {
            for (String smiles : List.of(ASPIRIN, "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "CCCCCCCCCC")) {
                IAtomContainer molecule = PreparedMolecules.prepare(smiles);
                Fingerprints fingerprints = Fingerprints.of(type, 512);
                BitSet bits = fingerprints.bits(molecule);
                int[] counts = fingerprints.counts(molecule);
                assertEquals(512, counts.length);
                for (int i = 0; i < counts.length; i++) {
                    assertEquals(bits.get(i), counts[i] > 0, type + " " + smiles + " bin " + i);
                    assertTrue(counts[i] >= (bits.get(i) ? 1 : 0));
                }
            }
        }
        // Decane: eight CH2 share one radius-0 identifier, so counts carry information the bits lose.
        int[] decane = Fingerprints.of(FingerprintType.ECFP4).counts(PreparedMolecules.prepare("CCCCCCCCCC"));
        assertEquals(8, Arrays.stream(decane).max().orElse(0));
    }

    @Test
    void foldingRespectsTheLength() {
        IAtomContainer caffeine = PreparedMolecules.prepare("Cn1cnc2c1c(=O)n(C)c(=O)n2C");
        BitSet wide = Fingerprints.of(FingerprintType.ECFP4, 2048).bits(caffeine);
        int[] wideCounts = Fingerprints.of(FingerprintType.ECFP4, 2048).counts(caffeine);
        // 2048 is a multiple of 64, so folding to 64 must equal folding the 2048 bins modulo 64.
        BitSet expected = new BitSet();
        int[] expectedCounts = new int[64];
        wide.stream().forEach(bit -> expected.set(bit % 64));
        for (int i = 0; i < wideCounts.length; i++) {
            expectedCounts[i % 64] += wideCounts[i];
        }
        assertEquals(expected, Fingerprints.of(FingerprintType.ECFP4, 64).bits(caffeine));
        assertArrayEquals(expectedCounts, Fingerprints.of(FingerprintType.ECFP4, 64).counts(caffeine));

        Fingerprints odd = Fingerprints.of(FingerprintType.ECFP6, 1000);
        assertTrue(odd.bits(caffeine).length() <= 1000);
        assertEquals(1000, odd.vector(caffeine, false).length);
        assertEquals(1000, odd.vector(caffeine, true).length);
        assertEquals(166, Fingerprints.of(FingerprintType.MACCS).vector(caffeine, false).length);
    }

    @Test
    void vectorsMirrorBitsAndCounts() {
        IAtomContainer aspirin = PreparedMolecules.prepare(ASPIRIN);
        Fingerprints ecfp4 = Fingerprints.of(FingerprintType.ECFP4, 256);
        double[] bitRow = ecfp4.vector(aspirin, false);
        double[] countRow = ecfp4.vector(aspirin, true);
        int[] counts = ecfp4.counts(aspirin);
        BitSet bits = ecfp4.bits(aspirin);
        for (int i = 0; i < 256; i++) {
            assertEquals(bits.get(i) ? 1.0 : 0.0, bitRow[i]);
            assertEquals(counts[i], countRow[i]);
        }
    }

    @Test
    void fingerprintsAreDeterministicAndIndependentOfAtomOrder() {
        for (FingerprintType type : FingerprintType.values()) {
            Fingerprints fingerprints = Fingerprints.of(type);
            BitSet first = fingerprints.bits(PreparedMolecules.prepare(ASPIRIN));
            assertEquals(first, fingerprints.bits(PreparedMolecules.prepare(ASPIRIN)), type.name());
            assertEquals(first, fingerprints.bits(PreparedMolecules.prepare("OC(=O)c1ccccc1OC(C)=O")), type.name());
        }
    }

    @Test
    void maccsOfBenzeneIsAromaticSixRing() {
        // Key 162: an aromatic atom; key 163: a six-membered ring; key 165: a ring atom. Nothing else can match
        // C6H6: there is no heteroatom, no CH3/CH2 and no chain, and key 125 needs two aromatic rings.
        BitSet expected = new BitSet();
        expected.set(162);
        expected.set(163);
        expected.set(165);
        assertEquals(expected, maccsKeys("c1ccccc1"));
    }

    @Test
    void maccsOfAspirinHasItsFunctionalGroupKeys() {
        BitSet keys = maccsKeys(ASPIRIN);
        // Oxygen count keys: 164 (O present), 159 (more than one O), 146 (more than two), 140 (more than three):
        // aspirin has four oxygens.
        for (int key : new int[] {164, 159, 146, 140}) {
            assertTrue(keys.get(key), "O-count key " + key);
        }
        assertTrue(keys.get(154), "154: C=O (ester and acid carbonyls)");
        assertTrue(keys.get(139), "139: OH (the carboxylic acid)");
        assertTrue(keys.get(160), "160: CH3 (the acetyl methyl)");
        assertTrue(keys.get(123), "123: O-C-O (both the ester and the acid carbon)");
        assertTrue(keys.get(162) && keys.get(163) && keys.get(165), "aromatic atom, six-ring, ring atom");
        assertFalse(keys.get(161), "161: N, and aspirin has none");
        assertFalse(keys.get(125), "125: more than one aromatic ring");
        assertFalse(keys.get(88), "88: S");
    }

    /**
     * CDK 2.11 against RDKit 2022.09 on 30 ESOL molecules: 17 identical, 21 of about 1,100 set keys differ, all in
     * keys whose definitions differ between the toolkits. ESOL writes nitro as pentavalent N(=O)=O, which CDK keeps
     * and RDKit turns into [N+](=O)[O-] (keys 24 N-O, 49 charge, 136 O=A&gt;1); CDK's key 101 matches 8-membered
     * rings only, RDKit's 8- to 14-membered cycles, so fused bicycles set it in RDKit only; CDK counts only aromatic
     * six-membered rings for key 125 (more than one aromatic ring); key 118 (ACH2CH2A&gt;1) counts matches of
     * different SMARTS.
     */
    @Test
    void maccsAgreesWithRdkitOnEsolMoleculesExceptDocumentedKeys() throws Exception {
        BitSet explainedKeys = new BitSet();
        for (int key : new int[] {24, 49, 101, 118, 125, 136}) {
            explainedKeys.set(key);
        }
        List<String> smiles = SharedDatasets.column("delaney-processed.csv", "smiles");
        Fingerprints maccs = Fingerprints.of(FingerprintType.MACCS);
        int molecules = 0;
        int identical = 0;
        int differingKeys = 0;
        List<String> differences = new ArrayList<>();
        for (CSVRecord record : SharedDatasets.fixture("rdkit_esol_reference.csv")) {
            int row = Integer.parseInt(record.get("row"));
            BitSet rdkitKeys = new BitSet();
            Arrays.stream(record.get("maccs_on_bits").split(" ")).mapToInt(Integer::parseInt).forEach(rdkitKeys::set);
            BitSet differing = maccsKeys(smiles.get(row));
            differing.xor(rdkitKeys);
            molecules++;
            differingKeys += differing.cardinality();
            if (differing.isEmpty()) {
                identical++;
            } else {
                differences.add("row " + row + ": keys " + differing);
            }
            BitSet unexplained = (BitSet) differing.clone();
            unexplained.andNot(explainedKeys);
            assertTrue(unexplained.isEmpty(), "row " + row + " differs from RDKit in keys " + unexplained);
        }
        assertEquals(30, molecules);
        assertTrue(identical >= 17, "identical MACCS in " + identical + " of 30: " + differences);
        assertTrue(differingKeys <= 21, differingKeys + " keys differ: " + differences);
    }

    @Test
    void concurrentUseGivesTheSerialResults() throws Exception {
        List<String> smiles = List.of(ASPIRIN, "c1ccccc1", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "CCO", "c1ccc2ccccc2c1",
                "CC(C)Cc1ccc(cc1)C(C)C(=O)O", "O=C(O)c1ccccc1O", "CN1CCC[C@H]1c1cccnc1");
        List<BitSet> serial = new ArrayList<>();
        for (FingerprintType type : FingerprintType.values()) {
            for (String s : smiles) {
                serial.add(Fingerprints.of(type).bits(PreparedMolecules.prepare(s)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<BitSet>>> runs = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                runs.add(pool.submit(() -> {
                    List<BitSet> result = new ArrayList<>();
                    for (FingerprintType type : FingerprintType.values()) {
                        for (String s : smiles) {
                            result.add(Fingerprints.of(type).bits(PreparedMolecules.prepare(s)));
                        }
                    }
                    return result;
                }));
            }
            for (Future<List<BitSet>> run : runs) {
                assertEquals(serial, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidSettingsAreNamed() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Fingerprints.of(FingerprintType.ECFP4, 0));
        assertTrue(zero.getMessage().contains("length") && zero.getMessage().contains("0"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fingerprints.of(FingerprintType.ECFP6, -5));
        IllegalArgumentException maccsLength = assertThrows(IllegalArgumentException.class,
                () -> Fingerprints.of(FingerprintType.MACCS, 1024));
        assertTrue(maccsLength.getMessage().contains("MACCS"), maccsLength.getMessage());
        assertEquals(166, Fingerprints.of(FingerprintType.MACCS, 166).length());
        assertEquals(2048, Fingerprints.of(FingerprintType.ECFP4).length());
        IllegalStateException counts = assertThrows(IllegalStateException.class,
                () -> Fingerprints.of(FingerprintType.MACCS).counts(PreparedMolecules.prepare("C")));
        assertTrue(counts.getMessage().contains("MACCS"));
    }
}
