package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmilesVocabularyTest {

    // counted by hand: c 6, C 3, 1 2, O 1
    private static final List<String> CORPUS = List.of("CCO", "CC", "c1ccccc1");

    @Test
    void specialTokensComeFirstThenCorpusTokensByFrequency() {
        SmilesVocabulary vocabulary = SmilesVocabulary.build(CORPUS, 1);
        assertEquals(9, vocabulary.size());
        assertEquals(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "c", "C", "1", "O"),
                List.of(vocabulary.token(0), vocabulary.token(1), vocabulary.token(2), vocabulary.token(3),
                        vocabulary.token(4), vocabulary.token(5), vocabulary.token(6), vocabulary.token(7),
                        vocabulary.token(8)));
        assertArrayEquals(new int[] {2, 6, 6, 8, 3}, vocabulary.encode("CCO"), "[CLS] C C O [SEP]");
    }

    @Test
    void rareAndUnseenTokensBecomeUnknown() {
        SmilesVocabulary vocabulary = SmilesVocabulary.build(CORPUS, 2);
        assertEquals(8, vocabulary.size(), "O was seen once");
        assertArrayEquals(new int[] {2, 6, 6, 1, 3}, vocabulary.encode("CCO"));
        assertArrayEquals(new int[] {2, 6, 1, 3}, vocabulary.encode("CCl"), "Cl is one token, not in the corpus");
        assertEquals("C[UNK]", vocabulary.decode(vocabulary.encode("CCl")));
    }

    @Test
    void fixedLengthSequencesArePaddedOrCutAndKeepTheirEnd() {
        SmilesVocabulary vocabulary = SmilesVocabulary.build(CORPUS, 1);
        int[] padded = vocabulary.encode("CCO", 8);
        assertArrayEquals(new int[] {2, 6, 6, 8, 3, 0, 0, 0}, padded);
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 0, 0, 0}, SmilesVocabulary.attentionMask(padded));
        assertArrayEquals(new int[] {2, 5, 7, 3}, vocabulary.encode("c1ccccc1", 4), "[CLS] c 1 ... cut, then [SEP]");
        assertArrayEquals(new int[] {2, 6, 6, 8, 3}, vocabulary.encode("CCO", 5), "exactly full");
        assertThrows(IllegalArgumentException.class, () -> vocabulary.encode("C", 1));
        assertArrayEquals(new int[] {2, 5, 7, 3}, vocabulary.encodeAtMost("c1ccccc1", 4), "cut, unpadded, ends in [SEP]");
        assertArrayEquals(new int[] {2, 6, 6, 8, 3}, vocabulary.encodeAtMost("CCO", 8), "short: as it is, unpadded");
    }

    @Test
    void aCorpusSmilesThatCannotBeTokenizedIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SmilesVocabulary.build(List.of("CC", "C C"), 1));
        assertEquals("corpus SMILES 2: SMILES 'C C' has no token at character 2 (' ')", error.getMessage());
    }

    @Test
    void saveThenLoadGivesTheSameIds(@TempDir Path dir) throws IOException {
        SmilesVocabulary vocabulary = SmilesVocabulary.build(CORPUS, 1);
        Path file = dir.resolve("vocabulary.json");
        vocabulary.save(file);
        SmilesVocabulary loaded = SmilesVocabulary.load(file);
        assertEquals(vocabulary.size(), loaded.size());
        assertArrayEquals(vocabulary.encode("c1ccccc1CCO"), loaded.encode("c1ccccc1CCO"));
    }

    @Test
    void aFileThatIsNotAVocabularyOrOfAnotherVersionIsRefusedByName(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"format\": \"something else\", \"tokens\": []}");
        assertEquals(other + " is not a MolFuse SMILES vocabulary (format 'molfuse.smiles-vocabulary')",
                assertThrows(IOException.class, () -> SmilesVocabulary.load(other)).getMessage());
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"format\": \"molfuse.smiles-vocabulary\", \"version\": 2, \"tokens\": []}");
        assertEquals(newer + " is a SMILES vocabulary of version 2; this MolFuse reads version 1",
                assertThrows(IOException.class, () -> SmilesVocabulary.load(newer)).getMessage());
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, "{\"format\": \"molfuse.smiles-vocab");
        String message = assertThrows(IOException.class, () -> SmilesVocabulary.load(truncated)).getMessage();
        assertTrue(message.startsWith(truncated + " is not a readable SMILES vocabulary"), message);
        Path noSpecials = dir.resolve("specials.json");
        Files.writeString(noSpecials, "{\"format\": \"molfuse.smiles-vocabulary\", \"version\": 1, "
                + "\"tokens\": [\"C\"]}");
        assertEquals(noSpecials + ": a vocabulary starts with the special tokens " + SmilesVocabulary.SPECIAL,
                assertThrows(IOException.class, () -> SmilesVocabulary.load(noSpecials)).getMessage());
    }
}
