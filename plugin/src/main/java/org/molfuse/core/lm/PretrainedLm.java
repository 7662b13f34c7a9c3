package org.molfuse.core.lm;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.molfuse.core.train.InvalidModelBundleException;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.TargetScaler;

/**
 * A pretrained SMILES language model: the {@link SmilesMaskedLm} with the vocabulary and sequence length it was
 * trained with, the steps taken and its validation history. Saved as a {@link ModelBundle} without tasks, whose
 * architecture JSON holds the transformer shape and pretraining record and whose featurizer JSON holds the
 * vocabulary, so one file carries everything a fine-tuning or an embedding needs.
 *
 * @param steps   optimizer steps taken so far (a resumed pretraining continues from here)
 * @param history validations so far
 */
public record PretrainedLm(SmilesMaskedLm block, SmilesVocabulary vocabulary, int maxLength, int steps,
        List<MlmPretrainer.Progress> history) implements PretrainedEncoder {

    static final String TYPE = "smiles-mlm";

    /**
     * The model MolFuse ships: the small preset pretrained by {@code pretrain-lm} on the MOSES SMILES (its record is
     * beside it, in molfuse-smiles-small.md).
     */
    public static final String DEFAULT_NAME = "molfuse-smiles-small";
    private static final String DEFAULT_RESOURCE = "/org/molfuse/core/lm/" + DEFAULT_NAME + ".mfb";
    private static final ObjectMapper JSON = new ObjectMapper();

    public PretrainedLm {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(vocabulary, "vocabulary");
        history = List.copyOf(history);
    }

    @Override
    public SmilesTransformer encoder() {
        return block.encoder();
    }

    @Override
    public SmilesVocabulary tokenizer() {
        return vocabulary;
    }

    @Override
    public ObjectNode tokenizerJson() {
        return PretrainedEncoder.vocabularyJson(vocabulary);
    }

    /** Writes the model to {@code file} (atomically, as every model bundle). */
    public void save(Path file) throws IOException {
        bundle().write(file);
    }

    /** The model as the bytes of its file, for a model port. */
    public byte[] toBytes() throws IOException {
        return bundle().toBytes();
    }

    private ModelBundle bundle() throws IOException {
        ObjectNode architecture = JSON.createObjectNode();
        architecture.put("type", TYPE);
        architecture.set("transformer", JSON.valueToTree(config()));
        architecture.put("max_length", maxLength);
        architecture.put("steps", steps);
        architecture.set("history", JSON.valueToTree(history));
        return new ModelBundle(JSON.writeValueAsString(architecture), JSON.writeValueAsString(tokenizerJson()),
                List.of(), List.of(), TargetScaler.identity(0), block);
    }

    /**
     * Reads a model written by {@link #save}; its parameters live in {@code manager}.
     *
     * @throws IOException naming the file when it is missing, damaged, of another format version or not a
     *                     pretrained SMILES language model
     */
    public static PretrainedLm load(Path file, NDManager manager) throws IOException {
        return fromBundle(ModelBundle.read(file, PretrainedLm::block, manager), file.toString());
    }

    /**
     * Reads a model from the bytes {@link #toBytes} made; {@code source} names them in messages.
     *
     * @throws IOException as {@link #load}
     */
    public static PretrainedLm fromBytes(byte[] bytes, String source, NDManager manager) throws IOException {
        return fromBundle(ModelBundle.fromBytes(bytes, source, PretrainedLm::block, manager), source);
    }

    private static PretrainedLm fromBundle(ModelBundle bundle, String source) throws IOException {
        try {
            JsonNode architecture = JSON.readTree(bundle.architectureJson());
            SmilesVocabulary vocabulary = PretrainedEncoder.vocabularyOf(JSON.readTree(bundle.featurizerJson()));
            List<MlmPretrainer.Progress> history = new ArrayList<>();
            for (JsonNode entry : architecture.path("history")) {
                history.add(JSON.treeToValue(entry, MlmPretrainer.Progress.class));
            }
            return new PretrainedLm((SmilesMaskedLm) bundle.block(), vocabulary,
                    architecture.path("max_length").asInt(), architecture.path("steps").asInt(), history);
        } catch (IOException | RuntimeException malformed) {
            throw new InvalidModelBundleException(source, "is not a readable pretrained SMILES language "
                    + "model: " + malformed.getMessage(), malformed);
        }
    }

    /**
     * The shipped model, {@value #DEFAULT_NAME}.
     *
     * @throws IOException when this build carries no shipped model
     */
    public static PretrainedLm loadDefault(NDManager manager) throws IOException {
        byte[] bytes;
        try (InputStream in = PretrainedLm.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IOException("this MolFuse build carries no pretrained model " + DEFAULT_NAME
                        + "; choose a model file made by pretrain-lm");
            }
            bytes = in.readAllBytes();
        }
        return fromBytes(bytes, DEFAULT_NAME, manager);
    }

    /** The untrained block of an architecture JSON written by {@link #save}. */
    private static SmilesMaskedLm block(String architectureJson) {
        try {
            JsonNode architecture = JSON.readTree(architectureJson);
            if (!TYPE.equals(architecture.path("type").asText())) {
                throw new IllegalArgumentException("the file holds a '" + architecture.path("type").asText()
                        + "' model, not a pretrained SMILES language model");
            }
            return new SmilesMaskedLm(JSON.treeToValue(architecture.get("transformer"), TransformerConfig.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable architecture: " + e.getMessage(), e);
        }
    }
}
