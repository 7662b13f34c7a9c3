package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransformerConfigTest {

    @Test
    void trainingStepFlopsCountEveryMatrixProductThreeTimes() {
        // vocabulary 10, hidden 4, 1 layer, FFN 8; 2 sequences of 3 tokens = 6 token rows
        TransformerConfig config = new TransformerConfig(10, 4, 1, 2, 8, 8, 0f, 1e-5f, 1);
        double projections = 4 * (2.0 * 6 * 4 * 4); // query, key, value, output: [6 x 4] x [4 x 4] each
        double feedForward = 2 * (2.0 * 6 * 4 * 8); // [6 x 4] x [4 x 8] and back
        double attention = 2 * (2.0 * 2 * 3 * 3 * 4); // scores and weighted values: 2 sequences of [3 x 4] x [4 x 3]
        double head = 2.0 * 6 * 4 * 4 + 2.0 * 6 * 4 * 10; // dense, then the tied decoder onto 10 tokens
        assertEquals(3 * (projections + feedForward + attention + head), config.mlmTrainingStepFlops(2, 3), 1e-9);
        assertEquals(7488, config.mlmTrainingStepFlops(2, 3), 1e-9);
    }
}
