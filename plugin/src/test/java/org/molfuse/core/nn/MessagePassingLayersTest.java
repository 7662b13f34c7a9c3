package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.molfuse.core.nn.NnFixtures.assertRows;
import static org.molfuse.core.nn.NnFixtures.forward;
import static org.molfuse.core.nn.NnFixtures.initialize;
import static org.molfuse.core.nn.NnFixtures.lonelyAtom;
import static org.molfuse.core.nn.NnFixtures.path;
import static org.molfuse.core.nn.NnFixtures.set;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each layer on the path A-B-C of {@link NnFixtures#path()} plus the bondless atom D = (2, -1), with small weights set
 * by hand. Edges: 0 A->B (bond 1), 1 B->A (bond 1), 2 B->C (bond 2), 3 C->B (bond 2); x_A = (1, 0), x_B = (0, 1),
 * x_C = (1, 1).
 */
class MessagePassingLayersTest {

    private static final float TOLERANCE = 1e-5f;
    private static final GraphBatch PATH_AND_LONELY = GraphBatch.of(List.of(path(), lonelyAtom()));

    @Test
    void gcnNormalizesSymmetricallyWithSelfLoops() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GcnLayer layer = new GcnLayer(2, 2);
            initialize(layer, manager, PATH_AND_LONELY);
            set(layer, "weight", 1, 1, 0, 2); // out = (s0 + s1, 2 s1) for the normalized sum s
            set(layer, "bias", 0.1f, 0);
            // degrees with self loop: A 2, B 3, C 2, D 1
            // s_A = x_A/2 + x_B/sqrt(2*3) = (1/2, 1/r6)
            // s_B = x_B/3 + x_A/r6 + x_C/r6 = (2/r6, 1/3 + 1/r6)
            // s_C = x_C/2 + x_B/r6 = (1/2, 1/2 + 1/r6)
            // s_D = x_D = (2, -1)
            float r6 = (float) Math.sqrt(6);
            assertRows(new float[][] {
                {0.5f + 1 / r6 + 0.1f, 2 / r6},
                {2 / r6 + 1f / 3 + 1 / r6 + 0.1f, 2f / 3 + 2 / r6},
                {0.5f + 0.5f + 1 / r6 + 0.1f, 1 + 2 / r6},
                {2 - 1 + 0.1f, -2}}, forward(layer, manager, PATH_AND_LONELY), TOLERANCE);
        }
    }

    @Test
    void ginAddsWeightedSelfStateToTheNeighbourSumBeforeTheMlp() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GinLayer layer = new GinLayer(2, 2);
            initialize(layer, manager, PATH_AND_LONELY);
            set(layer, "eps", 0.5f);
            set(layer, "mlp1_weight", 1, 0, 0, 1);
            set(layer, "mlp1_bias", 0, -1);
            set(layer, "mlp2_weight", 1, 1, 1, -1);
            set(layer, "mlp2_bias", 0, 0);
            // z = 1.5 x_v + sum of neighbours: A (1.5, 1), B (2, 2.5), C (1.5, 2.5), D (3, -1.5)
            // ReLU(z + (0, -1)): A (1.5, 0), B (2, 1.5), C (1.5, 1.5), D (3, 0)
            // (h0 + h1, h0 - h1): A (1.5, 1.5), B (3.5, 0.5), C (3, 0), D (3, 3)
            assertRows(new float[][] {{1.5f, 1.5f}, {3.5f, 0.5f}, {3, 0}, {3, 3}},
                    forward(layer, manager, PATH_AND_LONELY), TOLERANCE);
        }
    }

    @Test
    void gineAddsProjectedBondFeaturesToEachNeighbourBeforeTheRelu() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GineLayer layer = new GineLayer(2, 1, 2);
            initialize(layer, manager, PATH_AND_LONELY);
            set(layer, "eps", -0.5f);
            set(layer, "mlp1_weight", 1, 0, 0, 1);
            set(layer, "mlp1_bias", 0, 0);
            set(layer, "mlp2_weight", 1, 0, 0, 1);
            set(layer, "mlp2_bias", 0, 0);
            set(layer, "edge_weight", 1, -1); // bond b projects to (b, -b)
            set(layer, "edge_bias", 0, 0);
            // messages ReLU(x_src + (b, -b)): e0 (2, 0) -> B, e1 (1, 0) -> A, e2 ReLU(2, -1) = (2, 0) -> C,
            // e3 (3, 0) -> B
            // z = 0.5 x_v + sum: A (1.5, 0), B (5, 0.5), C (2.5, 0.5), D (1, -0.5); the identity MLP's ReLU zeroes D's -0.5
            assertRows(new float[][] {{1.5f, 0}, {5, 0.5f}, {2.5f, 0.5f}, {1, 0}},
                    forward(layer, manager, PATH_AND_LONELY), TOLERANCE);
        }
    }

    @Test
    void nnconvAppliesAPerEdgeMatrixThenAGruUpdate() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NNConvLayer layer = new NNConvLayer(2, 1, 1, Aggregation.MEAN);
            initialize(layer, manager, PATH_AND_LONELY);
            set(layer, "edge1_weight", 1);
            set(layer, "edge1_bias", 0);
            set(layer, "edge2_weight", 1, 2, 0, 1); // Theta(b) = b [[1, 2], [0, 1]] as an [in, out] matrix
            set(layer, "edge2_bias", 0, 0, 0, 0);
            set(layer, "root_weight", 0, 0, 0, 0);
            set(layer, "bias", 0, -1);
            // GRU: input weights only feed the candidate n (rows 4-5 = identity); the update gate z gets bias ln 3,
            // so z = 0.75; the reset gate r = sigmoid(0) = 0.5 scales the state-side candidate bias (1, 0)
            set(layer, "gru_input_weight", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1);
            set(layer, "gru_state_weight", new float[12]);
            set(layer, "gru_input_bias", 0, 0, 0, 0, 0, 0);
            float ln3 = (float) Math.log(3);
            set(layer, "gru_state_bias", 0, 0, ln3, ln3, 1, 0);
            // messages x_src Theta(b) = b (x0, 2 x0 + x1): e1 B->A (0, 1); e0 A->B (1, 2); e3 C->B (2, 6);
            // e2 B->C (0, 2). Means: A (0, 1), B (1.5, 4), C (0, 2), D none = (0, 0)
            // m = ReLU(mean + (0, -1)): A (0, 0), B (1.5, 3), C (0, 1), D (0, 0)
            // n = tanh(m + 0.5 (1, 0)); h' = 0.25 n + 0.75 x
            assertRows(new float[][] {
                {0.25f * tanh(0.5) + 0.75f, 0},
                {0.25f * tanh(2), 0.25f * tanh(3) + 0.75f},
                {0.25f * tanh(0.5) + 0.75f, 0.25f * tanh(1) + 0.75f},
                {0.25f * tanh(0.5) + 1.5f, -0.75f}}, forward(layer, manager, PATH_AND_LONELY), TOLERANCE);
        }
    }

    @Test
    void dmpnnMatchesChempropOnThePath() {
        try (NDManager manager = NDManager.newBaseManager()) {
            DmpnnLayer layer = new DmpnnLayer(2, 1, 2, 2, 0f);
            initialize(layer, manager, PATH_AND_LONELY);
            set(layer, "W_i", 1, 0, 1, 0, 1, -1); // h0 = (x0 + b, x1 - b)
            set(layer, "W_h", 1, 0, 1, 1); // W_h m = (m0, m0 + m1)
            set(layer, "W_o", 2, 0, 1, 0, 0, 1, 0, -1); // W_o [x || m] = (2 x0 + m0, x1 - m1)
            set(layer, "b_o", 0, 0.5f);
            // h0: e0 (2, -1), e1 (1, 0), e2 (2, -1), e3 (3, -1); h = ReLU(h0): (2, 0), (1, 0), (2, 0), (3, 0)
            // into atoms: A <- e1 = (1, 0); B <- e0 + e3 = (5, 0); C <- e2 = (2, 0)
            // m_e = into(src e) - h(rev e): e0 A - e1 = (0, 0); e1 B - e0 = (3, 0); e2 B - e3 = (2, 0); e3 C - e2 = (0, 0)
            // h = ReLU(h0 + W_h m): e0 (2, 0); e1 (4, 3); e2 ReLU(4, 1) = (4, 1); e3 (3, 0)
            //   (e2's second entry is 1 because chemprop adds the pre-activation -1, not ReLU(-1) = 0)
            // m_v: A (4, 3), B (5, 0), C (4, 1), D (0, 0)
            // out = ReLU(2 x0 + m0, x1 - m1 + 0.5): A (6, 0), B (5, 1.5), C (6, 0.5), D (4, 0)
            assertRows(new float[][] {{6, 0}, {5, 1.5f}, {6, 0.5f}, {4, 0}},
                    forward(layer, manager, PATH_AND_LONELY), TOLERANCE);
        }
    }

    @Test
    void dmpnnExcludesTheReverseEdgeSoATwoAtomMoleculeGainsNothingFromMoreSteps() {
        GraphBatch methanol = GraphBatch.of(NnFixtures.molecules("CO"));
        GraphBatch ethanol = GraphBatch.of(NnFixtures.molecules("CCO"));
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(11);
            DmpnnLayer oneStep = new DmpnnLayer(133, 14, 16, 1, 0f);
            DmpnnLayer twoSteps = new DmpnnLayer(133, 14, 16, 2, 0f);
            initialize(oneStep, manager, methanol);
            initialize(twoSteps, manager, methanol);
            copyShared(oneStep, twoSteps);
            // the single bond's two edges: m_e = h_rev(e) - h_rev(e) = 0, so the second step leaves h = ReLU(h0)
            assertArrayEquals(forward(oneStep, manager, methanol).toFloatArray(),
                    forward(twoSteps, manager, methanol).toFloatArray(), 1e-6f);
            // with a neighbour's other edge available the second step does change the output
            assertFalse(Arrays.equals(forward(oneStep, manager, ethanol).toFloatArray(),
                    forward(twoSteps, manager, ethanol).toFloatArray()));
        }
    }

    /** Gives {@code to} the W_i, W_o and b_o of {@code from}; W_h stays random. */
    private static void copyShared(DmpnnLayer from, DmpnnLayer to) {
        for (Pair<String, Parameter> pair : from.getParameters()) {
            if (!pair.getKey().equals("W_h")) {
                NDArray source = pair.getValue().getArray();
                to.getParameters().get(pair.getKey()).getArray().set(source.toFloatArray());
            }
        }
    }

    private static float tanh(double x) {
        return (float) Math.tanh(x);
    }
}
