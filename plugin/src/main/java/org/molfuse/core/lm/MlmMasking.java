package org.molfuse.core.lm;

import java.util.SplittableRandom;

/**
 * BERT's masking for masked-language-model pretraining: each real token (not [CLS], [SEP] or padding) is chosen with
 * the given probability (15% in BERT and RoBERTa), and at least one per sequence; a chosen token is replaced by
 * [MASK] 80% of the time, by a random corpus token 10% of the time and kept 10% of the time. The model must predict
 * the original token at every chosen position.
 */
public final class MlmMasking {

    /** Label of a position that is not predicted. */
    public static final int IGNORED = -1;

    /**
     * The masked inputs and, per position, the token to predict or {@link #IGNORED}.
     *
     * @param inputs ids the model sees [B][T]
     * @param labels original ids at the chosen positions, {@link #IGNORED} elsewhere [B][T]
     */
    public record Masked(int[][] inputs, int[][] labels) {
        /** Number of positions to predict. */
        public int predictedCount() {
            int count = 0;
            for (int[] row : labels) {
                for (int label : row) {
                    count += label == IGNORED ? 0 : 1;
                }
            }
            return count;
        }
    }

    private final double probability;
    private final int vocabularySize;

    public MlmMasking(double probability, int vocabularySize) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("the masking probability must be in (0, 1), got " + probability);
        }
        if (vocabularySize <= SmilesVocabulary.SPECIAL.size()) {
            throw new IllegalArgumentException("the vocabulary has no corpus tokens to predict");
        }
        this.probability = probability;
        this.vocabularySize = vocabularySize;
    }

    /** Masks a batch of encoded sequences; the same {@code random} state gives the same masks. */
    public Masked mask(int[][] ids, SplittableRandom random) {
        int[][] inputs = new int[ids.length][];
        int[][] labels = new int[ids.length][];
        for (int row = 0; row < ids.length; row++) {
            inputs[row] = ids[row].clone();
            labels[row] = new int[ids[row].length];
            java.util.Arrays.fill(labels[row], IGNORED);
            int realTokens = 0;
            for (int position = 0; position < ids[row].length; position++) {
                if (predictable(ids[row][position])) {
                    realTokens++;
                    if (random.nextDouble() < probability) {
                        choose(inputs[row], labels[row], ids[row], position, random);
                    }
                }
            }
            if (realTokens > 0 && count(labels[row]) == 0) {
                // a sequence without a chosen token would teach nothing this step
                int pick = random.nextInt(realTokens);
                for (int position = 0; position < ids[row].length; position++) {
                    if (predictable(ids[row][position]) && pick-- == 0) {
                        choose(inputs[row], labels[row], ids[row], position, random);
                        break;
                    }
                }
            }
        }
        return new Masked(inputs, labels);
    }

    private void choose(int[] inputs, int[] labels, int[] ids, int position, SplittableRandom random) {
        labels[position] = ids[position];
        double draw = random.nextDouble();
        if (draw < 0.8) {
            inputs[position] = SmilesVocabulary.MASK_ID;
        } else if (draw < 0.9) {
            inputs[position] = SmilesVocabulary.SPECIAL.size()
                    + random.nextInt(vocabularySize - SmilesVocabulary.SPECIAL.size());
        }
    }

    private static boolean predictable(int id) {
        return id != SmilesVocabulary.PAD_ID && id != SmilesVocabulary.CLS_ID && id != SmilesVocabulary.SEP_ID;
    }

    private static int count(int[] labels) {
        int count = 0;
        for (int label : labels) {
            count += label == IGNORED ? 0 : 1;
        }
        return count;
    }
}
