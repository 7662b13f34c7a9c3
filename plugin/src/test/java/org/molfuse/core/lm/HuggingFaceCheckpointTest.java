package org.molfuse.core.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.nn.TorchRuntime;

/**
 * A checkpoint written by HuggingFace transformers' own RobertaForMaskedLM.save_pretrained loads into the
 * SmilesTransformer and computes what transformers computed (fixtures/huggingface/make_fixture.py).
 */
class HuggingFaceCheckpointTest {

    private static final double TOLERANCE = 1e-5;

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(HuggingFaceCheckpointTest.class.getResource("/fixtures/huggingface/" + name).toURI());
    }

    @Test
    void theEncoderComputesWhatTransformersComputed() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(fixture("expected.json").toFile());
        int rows = expected.get("input_ids").size();
        int length = expected.get("input_ids").get(0).size();
        long[] ids = new long[rows * length];
        long[] mask = new long[rows * length];
        for (int row = 0; row < rows; row++) {
            for (int t = 0; t < length; t++) {
                ids[row * length + t] = expected.get("input_ids").get(row).get(t).asLong();
                mask[row * length + t] = expected.get("attention_mask").get(row).get(t).asLong();
            }
        }
        try (NDManager manager = TorchRuntime.newManager()) {
            SmilesTransformer encoder = HuggingFaceCheckpoint.loadEncoder(fixture("roberta-tiny"), manager);
            assertEquals(new TransformerConfig(23, 16, 2, 4, 32, 20, 0.1f, 1e-5f, 1), encoder.config());
            Shape shape = new Shape(rows, length);
            float[] states = encoder.forward(new ParameterStore(manager, false),
                    new NDList(manager.create(ids, shape), manager.create(mask, shape)), false).head().toFloatArray();
            double largest = 0;
            int compared = 0;
            for (int row = 0; row < rows; row++) {
                for (int t = 0; t < length; t++) {
                    if (mask[row * length + t] == 0) {
                        continue; // padding states are never read
                    }
                    JsonNode token = expected.get("last_hidden_state").get(row).get(t);
                    for (int k = 0; k < 16; k++) {
                        double difference = Math.abs(token.get(k).asDouble() - states[(row * length + t) * 16 + k]);
                        largest = Math.max(largest, difference);
                        compared++;
                    }
                }
            }
            assertEquals(14 * 16, compared, "the 6 + 8 real tokens");
            assertTrue(largest < TOLERANCE, "largest difference " + largest);
        }
    }

    @Test
    void theCheckpointsTokenizerAndEncoderEmbedAsTransformersDid() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(fixture("expected.json").toFile());
        List<String> smiles = new ArrayList<>();
        expected.get("smiles").forEach(node -> smiles.add(node.asText()));
        try (NDManager manager = TorchRuntime.newManager();
                PretrainedEncoder model = PretrainedEncoder.load(fixture("roberta-tiny/config.json"), manager)) {
            assertEquals(18, model.maxLength(), "20 positions less the two up to the padding row, as 514 hold 512");
            for (int i = 0; i < smiles.size(); i++) {
                int[] ids = model.tokenizer().encodeAtMost(smiles.get(i), model.maxLength());
                int[] python = new int[expected.get("tokenized").get(i).size()];
                for (int t = 0; t < python.length; t++) {
                    python[t] = expected.get("tokenized").get(i).get(t).asInt();
                }
                assertArrayEquals(python, ids, smiles.get(i));
            }
            assertArrayEquals(new int[] {0, 5, 5, 2}, model.tokenizer().encodeAtMost("CCO", 4),
                    "a cut sequence keeps its end token");
            // one batch of all three: padding must not change the shorter ones' states
            float[][] cls = model.embed(smiles, SmilesLmPredictor.Pooling.CLS, 3, manager, () -> false);
            for (int i = 0; i < smiles.size(); i++) {
                for (int k = 0; k < 16; k++) {
                    assertEquals(expected.get("cls_state").get(i).get(k).asDouble(), cls[i][k], TOLERANCE,
                            smiles.get(i) + " at " + k);
                }
            }
        }
    }

    @Test
    void anyFileOfTheCheckpointNamesItsFolder() throws Exception {
        try (NDManager manager = TorchRuntime.newManager()) {
            for (String file : List.of("model.safetensors", "tokenizer.json")) {
                try (PretrainedEncoder model = PretrainedEncoder.load(fixture("roberta-tiny/" + file), manager)) {
                    assertEquals(16, model.config().hiddenSize(), file);
                }
            }
            IOException noTokenizer = assertThrows(IOException.class, () -> {
                Files.copy(fixture("roberta-tiny/config.json"), dir.resolve("config.json"));
                PretrainedEncoder.load(dir, manager);
            });
            assertTrue(noTokenizer.getMessage().contains("holds no tokenizer.json"), noTokenizer.getMessage());
        }
    }

    @Test
    void aBertCheckpointIsRefusedWithTheReason() throws Exception {
        Files.writeString(dir.resolve("config.json"), Files.readString(fixture("roberta-tiny/config.json"))
                .replace("\"model_type\": \"roberta\"", "\"model_type\": \"bert\""));
        IOException error = assertThrows(IOException.class, () -> HuggingFaceCheckpoint.config(dir));
        assertTrue(error.getMessage().contains("model_type 'bert' is not RoBERTa-style"), error.getMessage());
    }

    @Test
    void aWeightOfAnotherShapeIsNamed() throws Exception {
        Files.writeString(dir.resolve("config.json"), Files.readString(fixture("roberta-tiny/config.json"))
                .replace("\"intermediate_size\": 32", "\"intermediate_size\": 64"));
        Files.copy(fixture("roberta-tiny/model.safetensors"), dir.resolve("model.safetensors"));
        try (NDManager manager = TorchRuntime.newManager()) {
            IOException error = assertThrows(IOException.class, () -> HuggingFaceCheckpoint.loadEncoder(dir,
                    manager));
            assertTrue(error.getMessage().contains("weight 'encoder.layer.0.intermediate.dense.weight' has shape "
                    + "(32, 16), config.json asks for (64, 16)"), error.getMessage());
        }
    }

    @Test
    void missingAndDamagedFilesAreNamed() throws Exception {
        IOException noConfig = assertThrows(IOException.class, () -> HuggingFaceCheckpoint.config(dir));
        assertTrue(noConfig.getMessage().contains("holds no config.json"), noConfig.getMessage());

        Files.copy(fixture("roberta-tiny/config.json"), dir.resolve("config.json"));
        byte[] weights = Files.readAllBytes(fixture("roberta-tiny/model.safetensors"));
        Files.write(dir.resolve("model.safetensors"), java.util.Arrays.copyOf(weights, weights.length / 2));
        try (NDManager manager = TorchRuntime.newManager()) {
            IOException truncated = assertThrows(IOException.class, () -> HuggingFaceCheckpoint.loadEncoder(dir,
                    manager));
            assertTrue(truncated.getMessage().contains("model.safetensors"), truncated.getMessage());
        }
    }
}
