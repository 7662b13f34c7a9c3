package org.molfuse.core.chem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

class SubstructureTokenizerTest {

    private final SubstructureTokenizer tokenizer = new SubstructureTokenizer();

    private static IAtomContainer mol(String smiles) {
        return new MoleculeStandardizer().standardize(smiles).molecule();
    }

    @Test
    void mixIsTheDocumentedFixedHash() {
        // reference values from an independent Python implementation of fmix64(hash * 31 + value) on 64-bit integers
        assertEquals(-5451962507482445012L, SubstructureTokenizer.mix(0, 1));
        assertEquals(6964779391043849498L, SubstructureTokenizer.mix(5, -1));
    }

    @Test
    void methaneIdentifiersAreStable() {
        // same Python implementation: radius 0 folds (6, heavy degree 0, 4 H, charge 0, not in ring, no isotope) into
        // the radius-0 seed; radius 1 folds that identifier (and no neighbours) into the radius-1 seed
        IAtomContainer methane = mol("C");
        assertEquals(4458113247852545939L, tokenizer.radius0(methane, 0));
        assertEquals(1538402529716700971L, tokenizer.radius1(methane, 0));
    }

    @Test
    void symmetricAtomsShareIdentifiersAndEnvironmentsSeparateThem() {
        IAtomContainer propane = mol("CCC");
        assertEquals(tokenizer.radius0(propane, 0), tokenizer.radius0(propane, 2));
        assertEquals(tokenizer.radius1(propane, 0), tokenizer.radius1(propane, 2));
        assertNotEquals(tokenizer.radius0(propane, 0), tokenizer.radius0(propane, 1));
        // a methyl looks the same at radius 0 in ethane and propane, but not at radius 1 (CH3 vs CH2 neighbour)
        IAtomContainer ethane = mol("CC");
        assertEquals(tokenizer.radius0(ethane, 0), tokenizer.radius0(propane, 0));
        assertNotEquals(tokenizer.radius1(ethane, 0), tokenizer.radius1(propane, 0));
        // ring membership and isotope are invariants: cyclohexane CH2 vs hexane CH2, 13C vs C
        assertNotEquals(tokenizer.radius0(mol("C1CCCCC1"), 0), tokenizer.radius0(mol("CCCCCC"), 2));
        assertNotEquals(tokenizer.radius0(mol("[13CH4]"), 0), tokenizer.radius0(mol("C"), 0));
    }

    @Test
    void identifiersDoNotDependOnAtomOrder() {
        IAtomContainer forward = mol("OCC");
        IAtomContainer backward = mol("CCO");
        assertEquals(tokenizer.radius1(forward, 0), tokenizer.radius1(backward, 2));
        assertEquals(tokenizer.radius1(forward, 1), tokenizer.radius1(backward, 1));
    }

    @Test
    void vocabularyKeepsFrequentIdentifiersInCountThenIdOrder() {
        IAtomContainer ethane = mol("CC");
        IAtomContainer propane = mol("CCC");
        long methyl0 = tokenizer.radius0(ethane, 0); // 2 in ethane + 2 in propane = 4
        long ethaneMethyl1 = tokenizer.radius1(ethane, 0); // 2
        long propaneMethyl1 = tokenizer.radius1(propane, 0); // 2
        long methylene0 = tokenizer.radius0(propane, 1); // 1: below minCount 2
        SubstructureVocabulary vocabulary = SubstructureVocabulary.build(List.of(ethane, propane), 2, 100);
        assertEquals(4, vocabulary.tokenCount()); // unknown + 3 identifiers
        assertEquals(1, vocabulary.token(methyl0));
        assertEquals(4, vocabulary.count(1));
        long smaller = Math.min(ethaneMethyl1, propaneMethyl1);
        long larger = Math.max(ethaneMethyl1, propaneMethyl1);
        assertEquals(2, vocabulary.token(smaller));
        assertEquals(3, vocabulary.token(larger));
        assertEquals(0, vocabulary.token(methylene0));
        // as an atom featurizer: the middle carbon of propane is unknown at both radii
        float[] out = new float[2];
        vocabulary.featurize(propane, 1, out, 0);
        assertArrayEquals(new float[] {0, 0}, out);
        vocabulary.featurize(propane, 0, out, 0);
        assertArrayEquals(new float[] {1, vocabulary.token(propaneMethyl1)}, out);
        // capped: only the most frequent and the smaller of the tied identifiers survive
        SubstructureVocabulary capped = SubstructureVocabulary.build(List.of(ethane, propane), 2, 2);
        assertEquals(3, capped.tokenCount());
        assertEquals(2, capped.token(smaller));
        assertEquals(0, capped.token(larger));
    }

    @Test
    void vocabularyRoundTripsThroughJson(@TempDir Path dir) throws IOException {
        List<IAtomContainer> corpus = List.of(mol("CCO"), mol("c1ccccc1O"), mol("CC(=O)O"));
        SubstructureVocabulary vocabulary = SubstructureVocabulary.build(corpus, 1, 1000);
        Path file = dir.resolve("vocabulary.json");
        vocabulary.save(file);
        SubstructureVocabulary loaded = SubstructureVocabulary.load(file);
        assertEquals(vocabulary.tokenCount(), loaded.tokenCount());
        for (int token = 1; token < vocabulary.tokenCount(); token++) {
            assertEquals(vocabulary.identifier(token), loaded.identifier(token));
            assertEquals(vocabulary.count(token), loaded.count(token));
        }
        assertEquals(vocabulary.toJson(), SubstructureVocabulary.fromJson(Files.readString(file)).toJson());
        assertTrue(vocabulary.toJson().startsWith("{\"format\":\"molfuse.substructure-vocabulary\",\"version\":1,"));
    }

    @Test
    void badVocabularyFilesAndSettingsAreRejected() {
        IOException wrongFormat = assertThrows(IOException.class,
                () -> SubstructureVocabulary.fromJson("{\"format\":\"other\",\"version\":1,\"identifiers\":[],\"counts\":[]}"));
        assertTrue(wrongFormat.getMessage().contains("format"));
        assertThrows(IOException.class, () -> SubstructureVocabulary.fromJson(
                "{\"format\":\"molfuse.substructure-vocabulary\",\"version\":2,\"identifiers\":[],\"counts\":[]}"));
        assertThrows(IOException.class, () -> SubstructureVocabulary.fromJson(
                "{\"format\":\"molfuse.substructure-vocabulary\",\"version\":1,\"identifiers\":[1,1],\"counts\":[2,2]}"));
        IllegalArgumentException minCount = assertThrows(IllegalArgumentException.class,
                () -> SubstructureVocabulary.build(List.of(), 0, 10));
        assertTrue(minCount.getMessage().contains("minCount"));
    }
}
