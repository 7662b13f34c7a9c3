package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;

/**
 * Backpropagation reaches every parameter of every encoder (all layers x all readouts) and of the head, and a step run
 * in a per-batch sub-manager leaves no array behind in the model's manager.
 */
class GradientFlowTest {

    private static final GraphBatch BATCH = GraphBatch.of(NnFixtures.molecules(
            "CC(=O)Nc1ccc(O)cc1", "C", "OCC(O)CO", "c1ccncc1"));

    @Test
    void everyParameterOfEveryEncoderAndTheHeadGetsAGradient() {
        for (LayerType layer : LayerType.values()) {
            for (ReadoutType readout : ReadoutType.values()) {
                GraphEncoderConfig config = new GraphEncoderConfig(layer, 8, 2, readout, 0f,
                        BATCH.atomFeatureSize(), BATCH.bondFeatureSize());
                checkGradients(config);
            }
        }
    }

    private static void checkGradients(GraphEncoderConfig config) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            GraphEncoder encoder = new GraphEncoder(config);
            FeedForwardHead head = new FeedForwardHead(config.outputSize(), 8, 1, 0f, 2);
            encoder.initialize(manager, DataType.FLOAT32, BATCH.shapes());
            head.initialize(manager, DataType.FLOAT32, encoder.getOutputShapes(BATCH.shapes()));
            ParameterStore store = new ParameterStore(manager, false);
            int modelArrays = manager.getManagedArrays().size();
            try (NDManager step = manager.newSubManager()) {
                NDList inputs = BATCH.toNDList(step);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray graphs = encoder.forward(store, inputs, true).singletonOrThrow();
                    NDArray out = head.forward(store, new NDList(graphs), true).singletonOrThrow();
                    // uneven task weights, so no gradient cancels by symmetry
                    NDArray loss = out.mul(step.create(new float[] {1f, -0.7f})).sum();
                    collector.backward(loss);
                }
            }
            // every intermediate lived in the step's manager: nothing piles up in the model's between steps
            assertEquals(modelArrays, manager.getManagedArrays().size(), config + ": arrays left in the model manager");
            assertAllGradientsNonZero(encoder, config.toString());
            assertAllGradientsNonZero(head, config + " head");
        }
    }

    private static void assertAllGradientsNonZero(Block block, String what) {
        for (Pair<String, Parameter> pair : block.getParameters()) {
            NDArray gradient = pair.getValue().getArray().getGradient();
            float largest = gradient.abs().max().getFloat();
            assertTrue(largest > 0f && Float.isFinite(largest), what + ": no gradient for " + pair.getKey());
        }
    }
}
