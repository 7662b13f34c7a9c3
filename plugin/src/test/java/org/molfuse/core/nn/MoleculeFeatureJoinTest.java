package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MoleculeFeatureJoinTest {

    private static final GraphBatch BATCH = GraphBatch.of(NnFixtures.molecules("CCO", "C", "c1ccccc1O"));
    private static final float[][] FEATURES = {{1f, -2f}, {0.5f, 0f}, {3f, 4f}};

    /** The batch's shapes followed by those of {@code featureSize} molecule features per molecule. */
    private static Shape[] shapes(int featureSize) {
        Shape[] shapes = Arrays.copyOf(BATCH.shapes(), GraphBatch.SIZE + 1);
        shapes[MoleculeFeatureJoin.MOLECULE_FEATURES] = new Shape(BATCH.numGraphs(), featureSize);
        return shapes;
    }

    private static GraphEncoder encoder(LayerType layer, int hidden, ReadoutType readout) {
        return new GraphEncoder(new GraphEncoderConfig(layer, hidden, 2, readout, 0f, BATCH.atomFeatureSize(),
                BATCH.bondFeatureSize()));
    }

    @Test
    void theGraphVectorIsFollowedByTheMoleculeFeatures() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GraphEncoder encoder = encoder(LayerType.GIN, 8, ReadoutType.SUM);
            MoleculeFeatureJoin join = new MoleculeFeatureJoin(encoder, 2);
            join.initialize(manager, DataType.FLOAT32, shapes(2));

            NDList inputs = BATCH.toNDList(manager);
            inputs.add(manager.create(FEATURES));
            NDArray joined = NnFixtures.forward(join, manager, inputs);
            float[] flat = NnFixtures.forward(encoder, manager, BATCH).toFloatArray();
            float[][] expected = new float[3][];
            for (int g = 0; g < 3; g++) {
                expected[g] = Arrays.copyOf(Arrays.copyOfRange(flat, g * 8, g * 8 + 8), 10);
                expected[g][8] = FEATURES[g][0];
                expected[g][9] = FEATURES[g][1];
            }
            NnFixtures.assertRows(expected, joined, 0f);
            assertEquals(joined.getShape(), join.getOutputShapes(shapes(2))[0]);
        }
    }

    @Test
    void missingOrMisshapedFeaturesAreNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            MoleculeFeatureJoin join = new MoleculeFeatureJoin(encoder(LayerType.GCN, 4, ReadoutType.MEAN), 3);
            join.initialize(manager, DataType.FLOAT32, shapes(3));

            IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                    () -> NnFixtures.forward(join, manager, BATCH));
            assertTrue(none.getMessage().contains("3 molecule features") && none.getMessage().contains("none"),
                    none.getMessage());
            NDList inputs = BATCH.toNDList(manager);
            inputs.add(manager.create(FEATURES));
            IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
                    () -> NnFixtures.forward(join, manager, inputs));
            assertTrue(narrow.getMessage().contains("(3, 2)"), narrow.getMessage());
        }
    }
}
