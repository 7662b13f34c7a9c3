package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.molfuse.core.nn.NnFixtures.assertRows;
import static org.molfuse.core.nn.NnFixtures.forward;
import static org.molfuse.core.nn.NnFixtures.set;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphEncoderTest {

    private static final GraphBatch BATCH = GraphBatch.of(NnFixtures.molecules("CCO", "C", "c1ccccc1O"));

    private static GraphEncoderConfig config(LayerType layer, ReadoutType readout, float dropout) {
        return new GraphEncoderConfig(layer, 8, 2, readout, dropout, BATCH.atomFeatureSize(), BATCH.bondFeatureSize());
    }

    @Test
    void everyLayerAndReadoutGivesOneFiniteVectorPerMolecule() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (LayerType layer : LayerType.values()) {
                for (ReadoutType readout : ReadoutType.values()) {
                    GraphEncoder encoder = new GraphEncoder(config(layer, readout, 0f));
                    NnFixtures.initialize(encoder, manager, BATCH);
                    NDArray out = forward(encoder, manager, BATCH);
                    int width = readout == ReadoutType.SET2SET ? 16 : 8;
                    assertEquals(new Shape(3, width), out.getShape(), layer + "/" + readout);
                    assertEquals(out.getShape(), encoder.getOutputShapes(BATCH.shapes())[0]);
                    for (float value : out.toFloatArray()) {
                        assertTrue(Float.isFinite(value), layer + "/" + readout);
                    }
                }
            }
        }
    }

    @Test
    void chempropDefaultsBuildChempropsWeightShapes() {
        GraphEncoderConfig config = GraphEncoderConfig.chemprop(133, 14);
        assertEquals(new GraphEncoderConfig(LayerType.DMPNN, 300, 3, ReadoutType.MEAN, 0f, 133, 14), config);
        GraphEncoder encoder = new GraphEncoder(config);
        try (NDManager manager = NDManager.newBaseManager()) {
            NnFixtures.initialize(encoder, manager, BATCH);
            List<String> described = new ArrayList<>();
            encoder.getParameters().forEach(p -> described.add(p.getKey() + " " + p.getValue().getShape()));
            // W_i acts on [atom || bond] = 133 + 14, W_o on [atom || message] = 133 + 300
            assertEquals(List.of("01message_passing_W_i (300, 147)", "01message_passing_W_h (300, 300)",
                    "01message_passing_W_o (300, 433)", "01message_passing_b_o (300)"), described);
        }
    }

    @Test
    void dropoutActsOnlyWhileTraining() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(8);
            GraphEncoder encoder = new GraphEncoder(config(LayerType.GIN, ReadoutType.SUM, 0.5f));
            NnFixtures.initialize(encoder, manager, BATCH);
            NDList inputs = BATCH.toNDList(manager);
            float[] first = forward(encoder, manager, inputs).toFloatArray();
            assertArrayEquals(first, forward(encoder, manager, inputs).toFloatArray());
            float[] training = encoder.forward(new ParameterStore(manager, false), inputs, true).singletonOrThrow()
                    .toFloatArray();
            assertFalse(java.util.Arrays.equals(first, training));
        }
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndDropoutMasks() {
        GraphEncoderConfig config = config(LayerType.GINE, ReadoutType.ATTENTION, 0.3f);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList inputs = BATCH.toNDList(manager);
            float[][] runs = new float[2][];
            for (int run = 0; run < 2; run++) {
                Engine.getInstance().setRandomSeed(21);
                GraphEncoder encoder = new GraphEncoder(config);
                NnFixtures.initialize(encoder, manager, BATCH);
                runs[run] = encoder.forward(new ParameterStore(manager, false), inputs, true).singletonOrThrow()
                        .toFloatArray();
            }
            assertArrayEquals(runs[0], runs[1]);
        }
    }

    @Test
    void savedParametersReloadIntoAFreshEncoderWithTheSameOutputs() throws Exception {
        GraphEncoderConfig config = config(LayerType.NNCONV, ReadoutType.SET2SET, 0f);
        try (NDManager manager = NDManager.newBaseManager()) {
            GraphEncoder trained = new GraphEncoder(config);
            NnFixtures.initialize(trained, manager, BATCH);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            trained.saveParameters(new DataOutputStream(bytes));
            GraphEncoder reloaded = new GraphEncoder(config);
            reloaded.loadParameters(manager, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            assertArrayEquals(forward(trained, manager, BATCH).toFloatArray(),
                    forward(reloaded, manager, BATCH).toFloatArray());
        }
    }

    @Test
    void featuresOfAnotherFeaturizerAreRejectedWithTheExpectedWidth() {
        GraphEncoder encoder = new GraphEncoder(new GraphEncoderConfig(LayerType.GCN, 8, 1, ReadoutType.MEAN, 0f, 9,
                3));
        try (NDManager manager = NDManager.newBaseManager()) {
            NnFixtures.initialize(encoder, manager, BATCH);
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> forward(encoder, manager, BATCH));
            assertTrue(error.getMessage().contains("width 9, got 133"), error.getMessage());
        }
    }

    @Test
    void configRoundTripsThroughJsonWithExactlyItsSevenFields() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        GraphEncoderConfig config = new GraphEncoderConfig(LayerType.GINE, 64, 4, ReadoutType.SET2SET, 0.1f, 133, 14);
        String json = mapper.writeValueAsString(config);
        JsonNode tree = mapper.readTree(json);
        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("layerType", "hiddenSize", "depth", "readout", "dropout", "atomFeatureSize",
                "bondFeatureSize"), fields);
        assertEquals("GINE", tree.get("layerType").asText());
        assertEquals(config, mapper.readValue(json, GraphEncoderConfig.class));
    }

    @Test
    void invalidSettingsAreNamedInTheMessage() {
        assertMessage("hiddenSize", () -> new GraphEncoderConfig(LayerType.GCN, 0, 3, ReadoutType.SUM, 0f, 133, 14));
        assertMessage("depth", () -> new GraphEncoderConfig(LayerType.GCN, 8, 0, ReadoutType.SUM, 0f, 133, 14));
        assertMessage("dropout", () -> new GraphEncoderConfig(LayerType.GCN, 8, 3, ReadoutType.SUM, 1f, 133, 14));
        assertMessage("dropout", () -> new GraphEncoderConfig(LayerType.GCN, 8, 3, ReadoutType.SUM, Float.NaN, 133,
                14));
        assertMessage("readout", () -> new GraphEncoderConfig(LayerType.GCN, 8, 3, null, 0f, 133, 14));
        assertMessage("NNCONV", () -> new GraphEncoderConfig(LayerType.NNCONV, 300, 3, ReadoutType.SUM, 0f, 133, 14));
        // a bundle's JSON without a layer type fails with the same message, wrapped by Jackson
        Exception fromJson = assertThrows(Exception.class, () -> new ObjectMapper().readValue(
                "{\"hiddenSize\":8,\"depth\":2,\"readout\":\"SUM\",\"dropout\":0,\"atomFeatureSize\":133,"
                        + "\"bondFeatureSize\":14}", GraphEncoderConfig.class));
        assertTrue(fromJson.getMessage().contains("layerType is missing"), fromJson.getMessage());
    }

    @Test
    void headFollowsChempropsLinearReluDropoutLinearOrder() {
        try (NDManager manager = NDManager.newBaseManager()) {
            FeedForwardHead head = new FeedForwardHead(2, 2, 1, 0f, 1);
            head.initialize(manager, DataType.FLOAT32, new Shape(2, 2));
            set(head, "layer0_weight", 1, -1, 2, 0);
            set(head, "layer0_bias", 0, 1);
            set(head, "layer1_weight", 1, 1);
            set(head, "layer1_bias", 0.5f);
            // x = (3, 1): h0 = (3 - 1, 6 + 1) = (2, 7); ReLU keeps it; out = 2 + 7 + 0.5 = 9.5
            // x = (0, 2): h0 = (-2, 1); ReLU -> (0, 1); out = 1.5
            NDArray x = manager.create(new float[] {3, 1, 0, 2}, new Shape(2, 2));
            assertRows(new float[][] {{9.5f}, {1.5f}}, forward(head, manager, new NDList(x)), 1e-6f);
        }
    }

    @Test
    void headWithoutHiddenLayersIsOneLinearMap() {
        try (NDManager manager = NDManager.newBaseManager()) {
            FeedForwardHead head = new FeedForwardHead(2, 5, 0, 0f, 1);
            head.initialize(manager, DataType.FLOAT32, new Shape(1, 2));
            assertEquals(2, head.getParameters().size());
            set(head, "layer0_weight", 2, -3);
            set(head, "layer0_bias", 1);
            // 2 * 1 - 3 * 4 + 1 = -9: negative, so no ReLU was applied
            NDArray x = manager.create(new float[] {1, 4}, new Shape(1, 2));
            assertRows(new float[][] {{-9}}, forward(head, manager, new NDList(x)), 1e-6f);
        }
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
