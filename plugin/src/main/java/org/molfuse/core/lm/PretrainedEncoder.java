package org.molfuse.core.lm;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A pretrained SMILES encoder that fine-tuning and embedding start from: the transformer, the tokenizer it was
 * trained with and the longest sequence it reads. MolFuse's own {@link PretrainedLm} is one; a HuggingFace RoBERTa
 * checkpoint ({@link HuggingFaceLm}) is another. Close it when done: a tokenizer may hold native memory.
 */
public interface PretrainedEncoder extends AutoCloseable {

    SmilesTransformer encoder();

    LmTokenizer tokenizer();

    /** Longest token sequence, special tokens included; longer SMILES are cut. */
    int maxLength();

    /** The tokenizer as JSON that {@link #tokenizerOf} reads back; fine-tuned model bundles carry it. */
    ObjectNode tokenizerJson();

    default TransformerConfig config() {
        return encoder().config();
    }

    /**
     * The molecule vectors [N][H] of {@code smiles} (canonical SMILES, as fine-tuning reads them): the encoder's
     * final state of the first token, or the average over the tokens. Arrays live in {@code manager} only while a
     * batch runs.
     */
    default float[][] embed(List<String> smiles, SmilesLmPredictor.Pooling pooling, int batchSize,
            NDManager manager, BooleanSupplier cancelled) {
        int[][] ids = new int[smiles.size()][];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tokenizer().encodeAtMost(smiles.get(i), maxLength());
        }
        return encoder().embed(ids, pooling, batchSize, manager, cancelled);
    }

    @Override
    default void close() {
        tokenizer().close();
    }

    /**
     * A model file made by {@code pretrain-lm} (.mfb), or a HuggingFace RoBERTa checkpoint: its folder, or one of its
     * files ({@code config.json}, {@code model.safetensors}, {@code tokenizer.json}) in that folder.
     *
     * @throws IOException naming the file when it is missing or not a model MolFuse can read
     */
    static PretrainedEncoder load(Path path, NDManager manager) throws IOException {
        if (Files.isDirectory(path)) {
            return HuggingFaceLm.load(path, manager);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (List.of(HuggingFaceCheckpoint.CONFIG, HuggingFaceCheckpoint.WEIGHTS, HuggingFaceLm.TOKENIZER)
                .contains(name)) {
            return HuggingFaceLm.load(path.toAbsolutePath().getParent(), manager);
        }
        return PretrainedLm.load(path, manager);
    }

    /**
     * The tokenizer that {@link #tokenizerJson} described.
     *
     * @throws IOException when the JSON names no tokenizer MolFuse knows
     */
    static LmTokenizer tokenizerOf(JsonNode json) throws IOException {
        String kind = json.path("tokenizer").asText();
        switch (kind) {
            case SmilesVocabulary.KIND -> {
                return vocabularyOf(json);
            }
            case HuggingFaceLm.KIND -> {
                return HuggingFaceTokens.of(json.path("tokenizer_json").asText(), "the model's tokenizer");
            }
            default -> throw new IOException("unknown tokenizer '" + kind + "'");
        }
    }

    /** The vocabulary that {@link #vocabularyJson} wrote. */
    static SmilesVocabulary vocabularyOf(JsonNode json) throws IOException {
        List<String> tokens = new ArrayList<>();
        json.path("vocabulary").forEach(token -> tokens.add(token.asText()));
        if (tokens.isEmpty()) {
            throw new IOException("the SMILES tokenizer carries no vocabulary");
        }
        return SmilesVocabulary.of(tokens);
    }

    /** The {@link #tokenizerJson} of a MolFuse SMILES vocabulary. */
    static ObjectNode vocabularyJson(SmilesVocabulary vocabulary) {
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("tokenizer", SmilesVocabulary.KIND);
        var tokens = json.putArray("vocabulary");
        for (int id = 0; id < vocabulary.size(); id++) {
            tokens.add(vocabulary.token(id));
        }
        return json;
    }
}
