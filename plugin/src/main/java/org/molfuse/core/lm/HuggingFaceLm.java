package org.molfuse.core.lm;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A HuggingFace RoBERTa checkpoint as a starting point for fine-tuning and embedding: the encoder read by
 * {@link HuggingFaceCheckpoint} and the folder's {@code tokenizer.json}. It reads at most 512 tokens, or fewer when
 * the checkpoint holds fewer positions.
 */
public record HuggingFaceLm(SmilesTransformer encoder, HuggingFaceTokens tokenizer, int maxLength)
        implements PretrainedEncoder {

    static final String KIND = "huggingface";
    static final String TOKENIZER = "tokenizer.json";
    private static final int MOST_TOKENS = 512;

    /**
     * Reads a checkpoint folder: config.json, model.safetensors and tokenizer.json.
     *
     * @throws IOException naming the file that is missing or unreadable
     */
    public static HuggingFaceLm load(Path folder, NDManager manager) throws IOException {
        Path tokenizerFile = folder.resolve(TOKENIZER);
        if (!Files.isRegularFile(tokenizerFile)) {
            throw new IOException(folder + " holds no " + TOKENIZER + "; the checkpoint's tokenizer is needed to "
                    + "read SMILES as it was trained to");
        }
        SmilesTransformer encoder = HuggingFaceCheckpoint.loadEncoder(folder, manager);
        HuggingFaceTokens tokenizer = HuggingFaceTokens.of(Files.readString(tokenizerFile), tokenizerFile.toString());
        return new HuggingFaceLm(encoder, tokenizer,
                Math.min(MOST_TOKENS, encoder.config().maxSequenceLength()));
    }

    @Override
    public ObjectNode tokenizerJson() {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("tokenizer", KIND);
        json.put("tokenizer_json", tokenizer.json());
        return json;
    }
}
