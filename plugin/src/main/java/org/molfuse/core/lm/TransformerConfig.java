package org.molfuse.core.lm;

import java.util.Locale;

/**
 * Shape of a RoBERTa-style SMILES encoder. Positions follow RoBERTa: a real token at index i (from 0) reads position
 * embedding {@code i + positionPaddingIndex + 1} and padding reads row {@code positionPaddingIndex}, so
 * {@code maxPositions} must be at least the sequence length plus {@code positionPaddingIndex + 1} (HuggingFace
 * RoBERTa checkpoints use 514 rows for 512 tokens with padding index 1).
 *
 * @param vocabSize            token ids are in [0, vocabSize)
 * @param hiddenSize           width of every token state; a multiple of {@code heads}
 * @param layers               transformer layers
 * @param heads                attention heads per layer
 * @param intermediateSize     width of the feed-forward layer
 * @param maxPositions         rows of the position embedding
 * @param dropout              dropout on embeddings, attention probabilities and sublayer outputs while training
 * @param layerNormEps         the LayerNorm epsilon (RoBERTa 1e-5)
 * @param positionPaddingIndex position row of padding
 */
public record TransformerConfig(int vocabSize, int hiddenSize, int layers, int heads, int intermediateSize,
        int maxPositions, float dropout, float layerNormEps, int positionPaddingIndex) {

    public TransformerConfig {
        requirePositive("vocabSize", vocabSize);
        requirePositive("hiddenSize", hiddenSize);
        requirePositive("layers", layers);
        requirePositive("heads", heads);
        requirePositive("intermediateSize", intermediateSize);
        if (hiddenSize % heads != 0) {
            throw new IllegalArgumentException("hiddenSize " + hiddenSize + " is not a multiple of heads " + heads);
        }
        if (positionPaddingIndex < 0 || maxPositions <= positionPaddingIndex + 1) {
            throw new IllegalArgumentException("maxPositions " + maxPositions + " leaves no position for a token "
                    + "after padding index " + positionPaddingIndex);
        }
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(layerNormEps > 0f)) {
            throw new IllegalArgumentException("layerNormEps must be positive, got " + layerNormEps);
        }
    }

    /**
     * Floating-point operations of one masked-language-model training step on {@code batch} sequences padded to
     * {@code length} tokens, counted as model FLOPs are (matrix products only; backward = twice forward): per layer
     * the four attention projections (8 B T H^2), the two feed-forward products (4 B T H F) and the attention scores
     * and weighted values (4 B T^2 H), then the MLM head's dense layer and tied decoder (2 B T H^2 + 2 B T H V).
     */
    public double mlmTrainingStepFlops(int batch, int length) {
        double tokens = (double) batch * length;
        double h = hiddenSize;
        double perLayer = 8 * tokens * h * h + 4 * tokens * h * intermediateSize + 4 * tokens * length * h;
        double head = 2 * tokens * h * h + 2 * tokens * h * vocabSize;
        return 3 * (layers * perLayer + head);
    }

    /**
     * The presets of the LM nodes, for sequences of up to {@code maxLength} tokens: small (hidden 256, 4 layers, 4
     * heads, FFN 1024; about 3.2 M weights besides the embeddings), medium (384, 6, 6, 1536) and large (768, 12, 12,
     * 3072: RoBERTa-base's shape, as ChemBERTa uses). Dropout 0.1 and LayerNorm epsilon 1e-5 as RoBERTa.
     */
    public static TransformerConfig preset(String name, int vocabSize, int maxLength) {
        int positions = maxLength + 2;
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "small" -> new TransformerConfig(vocabSize, 256, 4, 4, 1024, positions, 0.1f, 1e-5f, 1);
            case "medium" -> new TransformerConfig(vocabSize, 384, 6, 6, 1536, positions, 0.1f, 1e-5f, 1);
            case "large" -> new TransformerConfig(vocabSize, 768, 12, 12, 3072, positions, 0.1f, 1e-5f, 1);
            default -> throw new IllegalArgumentException("no transformer preset '" + name
                    + "'; the presets are small, medium and large");
        };
    }

    /** The longest sequence the position embedding can hold. */
    public int maxSequenceLength() {
        return maxPositions - positionPaddingIndex - 1;
    }

    public int headSize() {
        return hiddenSize / heads;
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
