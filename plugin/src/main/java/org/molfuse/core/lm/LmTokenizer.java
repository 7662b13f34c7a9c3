package org.molfuse.core.lm;

/**
 * Turns one SMILES into the token ids a language model reads: its start token, the SMILES's tokens and its end
 * token. MolFuse's own models read {@link SmilesVocabulary} ids; checkpoints from elsewhere bring their
 * {@link HuggingFaceTokens}. Some hold native memory, so close a tokenizer when done with it.
 */
public interface LmTokenizer extends AutoCloseable {

    /**
     * The ids of {@code smiles}, unpadded and at most {@code maxLength} of them; a cut sequence still ends with the
     * end token, so the model always sees where the input stops.
     */
    int[] encodeAtMost(String smiles, int maxLength);

    @Override
    default void close() {
        // most tokenizers hold nothing but Java memory
    }
}
