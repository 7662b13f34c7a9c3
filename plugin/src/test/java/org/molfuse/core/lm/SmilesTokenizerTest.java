package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.molfuse.core.chem.SharedDatasets;

class SmilesTokenizerTest {

    private final SmilesTokenizer tokenizer = new SmilesTokenizer();

    @Test
    void atomsBondsBranchesAndRingsAreTokensOfTheirOwn() {
        assertEquals(List.of("C", "C", "(", "=", "O", ")", "O", "c", "1", "c", "c", "c", "c", "c", "1", "C", "(", "=",
                "O", ")", "O"), tokenizer.tokenize("CC(=O)Oc1ccccc1C(=O)O"), "aspirin");
        assertEquals(List.of("N", "#", "C", "C", "O", "C", "(", "C", ")", "(", "C", ")", "C"),
                tokenizer.tokenize("N#CCOC(C)(C)C"));
    }

    @Test
    void bracketAtomsAndTwoLetterElementsStayWhole() {
        assertEquals(List.of("[C@@H]", "(", "Cl", ")", "(", "Br", ")", "F"), tokenizer.tokenize("[C@@H](Cl)(Br)F"));
        assertEquals(List.of("[Na+]", ".", "[O-]", "C", "(", "=", "O", ")", "c", "1", "c", "c", "c", "c", "c", "1"),
                tokenizer.tokenize("[Na+].[O-]C(=O)c1ccccc1"));
        assertEquals(List.of("c", "1", "c", "c", "[nH]", "c", "1"), tokenizer.tokenize("c1cc[nH]c1"));
        // B and C alone are boron and carbon; Br and Cl only when the second letter follows
        assertEquals(List.of("B", "(", "C", ")", "C", "Cl"), tokenizer.tokenize("B(C)CCl"));
    }

    @Test
    void ringClosuresAboveNineAndStereoBondsAreTokens() {
        assertEquals(List.of("C", "%12", "C", "C", "%12"), tokenizer.tokenize("C%12CC%12"));
        assertEquals(List.of("F", "/", "C", "=", "C", "\\", "F"), tokenizer.tokenize("F/C=C\\F"));
        assertEquals(List.of("C", "1", "2", "C", "C", "1", "C", "2"), tokenizer.tokenize("C12CC1C2"));
    }

    @Test
    void textThatIsNotSmilesIsRefusedAtItsFirstUncoveredCharacter() {
        assertEquals("SMILES 'C C' has no token at character 2 (' ')",
                assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenize("C C")).getMessage());
        assertEquals("SMILES 'C[NH' has no token at character 2 ('[')",
                assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenize("C[NH")).getMessage());
        assertEquals("SMILES 'Xe' has no token at character 1 ('X')",
                assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenize("Xe")).getMessage());
        assertEquals(List.of(), tokenizer.tokenize(""));
    }

    @Test
    void everyEsolAndBbbpSmilesDecodesBackToItself() throws IOException {
        List<String> corpus = new ArrayList<>(SharedDatasets.column("delaney-processed.csv", "smiles"));
        int esol = corpus.size();
        corpus.addAll(SharedDatasets.column("BBBP.csv", "smiles"));
        assertEquals(1128, esol);
        assertEquals(1128 + 2050, corpus.size());
        SmilesVocabulary vocabulary = SmilesVocabulary.build(corpus, 1);
        for (String smiles : corpus) {
            assertEquals(smiles, String.join("", tokenizer.tokenize(smiles)));
            assertEquals(smiles, vocabulary.decode(vocabulary.encode(smiles)));
        }
    }
}
