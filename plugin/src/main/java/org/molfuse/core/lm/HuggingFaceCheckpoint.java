package org.molfuse.core.lm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the encoder of a HuggingFace RoBERTa checkpoint folder, as {@code save_pretrained} writes it
 * ({@code config.json} and {@code model.safetensors}), into a {@link SmilesTransformer}: its parameters carry the
 * checkpoint's names, so each weight is copied by name and shape. Checkpoints of the bare encoder and of models with
 * a head ({@code roberta.} prefix, such as ChemBERTa's masked-LM exports) both load; head weights are not read.
 * BERT checkpoints are refused: their positions count from 0, RoBERTa's from after the padding index.
 */
public final class HuggingFaceCheckpoint {

    static final String CONFIG = "config.json";
    static final String WEIGHTS = "model.safetensors";
    private static final Set<String> ROBERTA_TYPES = Set.of("roberta", "xlm-roberta", "camembert");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HuggingFaceCheckpoint() {
    }

    /**
     * The encoder shape that {@code config.json} describes.
     *
     * @throws IOException naming the file when it is missing or not a RoBERTa configuration MolFuse can run
     */
    public static TransformerConfig config(Path folder) throws IOException {
        Path file = folder.resolve(CONFIG);
        JsonNode config;
        try {
            config = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | FileNotFoundException missing) {
            throw new IOException(folder + " holds no " + CONFIG + "; choose a folder written by save_pretrained",
                    missing);
        }
        String type = config.path("model_type").asText();
        if (!ROBERTA_TYPES.contains(type)) {
            throw new IOException(file + ": model_type '" + type + "' is not RoBERTa-style (" + ROBERTA_TYPES
                    + "); BERT checkpoints number positions differently");
        }
        String activation = config.path("hidden_act").asText("gelu");
        if (!activation.equals("gelu")) {
            throw new IOException(file + ": hidden_act '" + activation + "' is not supported; only gelu");
        }
        String positions = config.path("position_embedding_type").asText("absolute");
        if (!positions.equals("absolute")) {
            throw new IOException(file + ": position_embedding_type '" + positions + "' is not supported; only "
                    + "absolute");
        }
        try {
            return new TransformerConfig(required(config, "vocab_size", file), required(config, "hidden_size", file),
                    required(config, "num_hidden_layers", file), required(config, "num_attention_heads", file),
                    required(config, "intermediate_size", file), required(config, "max_position_embeddings", file),
                    (float) config.path("hidden_dropout_prob").asDouble(0.1),
                    (float) config.path("layer_norm_eps").asDouble(1e-5), config.path("pad_token_id").asInt(1));
        } catch (IllegalArgumentException invalid) {
            throw new IOException(file + ": " + invalid.getMessage(), invalid);
        }
    }

    /**
     * The checkpoint's encoder with its weights, in {@code manager}, ready to embed or to fine-tune.
     *
     * @throws IOException naming the file and the weight when one is missing, of another shape or not float32
     */
    public static SmilesTransformer loadEncoder(Path folder, NDManager manager) throws IOException {
        TransformerConfig config = config(folder);
        Path file = folder.resolve(WEIGHTS);
        if (!Files.isRegularFile(file)) {
            throw new IOException(folder + " holds no " + WEIGHTS + "; save the checkpoint with "
                    + "safe_serialization=True");
        }
        SmilesTransformer encoder = new SmilesTransformer(config);
        Shape probe = new Shape(1, 2);
        encoder.initialize(manager, DataType.FLOAT32, probe, probe);
        try (NDManager reading = manager.newSubManager(); InputStream in = Files.newInputStream(file)) {
            NDList tensors;
            try {
                tensors = NDList.decode(reading, in);
            } catch (RuntimeException malformed) {
                throw new IOException(file + " is not a readable safetensors file: " + malformed.getMessage(),
                        malformed);
            }
            Map<String, NDArray> byName = new HashMap<>();
            for (NDArray tensor : tensors) {
                byName.put(tensor.getName(), tensor);
            }
            for (Parameter parameter : encoder.getParameters().values()) {
                String name = parameter.getName();
                NDArray weights = byName.containsKey("roberta." + name) ? byName.get("roberta." + name)
                        : byName.get(name);
                if (weights == null) {
                    throw new IOException(file + " has no weight '" + name + "' (nor 'roberta." + name + "')");
                }
                if (weights.getDataType() != DataType.FLOAT32) {
                    throw new IOException(file + ": weight '" + name + "' is " + weights.getDataType()
                            + "; only float32 checkpoints load");
                }
                if (!weights.getShape().equals(parameter.getArray().getShape())) {
                    throw new IOException(file + ": weight '" + name + "' has shape " + weights.getShape()
                            + ", config.json asks for " + parameter.getArray().getShape());
                }
                parameter.getArray().set(weights.toByteBuffer());
            }
        }
        return encoder;
    }

    private static int required(JsonNode config, String key, Path file) throws IOException {
        if (!config.path(key).canConvertToInt()) {
            throw new IOException(file + " has no whole number '" + key + "'");
        }
        return config.path(key).asInt();
    }
}
