package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.molfuse.core.nn.NnFixtures.assertRows;
import static org.molfuse.core.nn.NnFixtures.forward;
import static org.molfuse.core.nn.NnFixtures.lonelyAtom;
import static org.molfuse.core.nn.NnFixtures.path;
import static org.molfuse.core.nn.NnFixtures.set;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.molfuse.core.chem.MoleculeGraph;

/**
 * Readouts on the batch [path A-B-C, lonely D]. The lonely graph is padded to 3 atoms, and its padding points at atom
 * A; A gets extreme values so that any leak of padding into graph 1 would show.
 */
class ReadoutTest {

    private static final float TOLERANCE = 1e-5f;
    private static final GraphBatch BATCH = GraphBatch.of(List.of(path(), lonelyAtom()));
    /** A (100, -1), B (2, 3), C (1, 5), D (-4, -2). */
    private static final float[] STATES = {100, -1, 2, 3, 1, 5, -4, -2};

    private static NDList withStates(NDManager manager, float[] states) {
        return GraphTensors.of(BATCH.toNDList(manager)).withAtomStates(manager.create(states, new Shape(4, 2)))
                .toNDList();
    }

    private static NDArray run(Readout readout, NDManager manager, NDList inputs) {
        readout.initialize(manager, DataType.FLOAT32, inputs.getShapes());
        return forward(readout, manager, inputs);
    }

    @Test
    void sumMeanAndMaxPoolEachGraphOnly() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList inputs = withStates(manager, STATES);
            assertRows(new float[][] {{103, 7}, {-4, -2}}, run(new SumReadout(2), manager, inputs), TOLERANCE);
            assertRows(new float[][] {{103f / 3, 7f / 3}, {-4, -2}}, run(new MeanReadout(2), manager, inputs),
                    TOLERANCE);
            // without the -inf mask graph 1 would see A's 100 through its padding
            assertRows(new float[][] {{100, 5}, {-4, -2}}, run(new MaxReadout(2), manager, inputs), TOLERANCE);
        }
    }

    @Test
    void attentionWeighsAtomsBySoftmaxOfTheGateScore() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList inputs = withStates(manager, STATES);
            AttentionReadout readout = new AttentionReadout(2);
            readout.initialize(manager, DataType.FLOAT32, inputs.getShapes());
            float ln2 = (float) Math.log(2);
            set(readout, "gate_weight", 0, ln2);
            // scores ln2 * x1: A -ln2, B 3 ln2, C 5 ln2 -> exp 0.5, 8, 32 (sum 40.5)
            // r_0 = (0.5 * 100 + 8 * 2 + 32 * 1) / 40.5 = 98 / 40.5; r_1 = (-0.5 + 24 + 160) / 40.5 = 183.5 / 40.5
            // graph 1 has the single atom D: weight 1
            assertRows(new float[][] {{98f / 40.5f, 183.5f / 40.5f}, {-4, -2}}, forward(readout, manager, inputs),
                    TOLERANCE);
        }
    }

    @Test
    void attentionStaysFiniteForLargeScores() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList inputs = withStates(manager, STATES);
            AttentionReadout readout = new AttentionReadout(2);
            readout.initialize(manager, DataType.FLOAT32, inputs.getShapes());
            set(readout, "gate_weight", 10, 0);
            // scores A 1000, B 20, C 10: exp(1000) overflows unless the maximum is subtracted; A takes all the weight
            assertRows(new float[][] {{100, -1}, {-4, -2}}, forward(readout, manager, inputs), TOLERANCE);
        }
    }

    @Test
    void set2setRunsTheLstmQueryAndAttendsOverEachGraph() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // the path's own features: A (1, 0), B (0, 1), C (1, 1), D (2, -1)
            NDList inputs = withStates(manager, new float[] {1, 0, 0, 1, 1, 1, 2, -1});
            Set2SetReadout readout = new Set2SetReadout(2, 2);
            readout.initialize(manager, DataType.FLOAT32, inputs.getShapes());
            set(readout, "lstm_input_weight", new float[32]);
            set(readout, "lstm_state_weight", new float[16]);
            set(readout, "lstm_input_bias", 0, 0, 0, 0, 20, 20, 0, 0); // gates i, f, g, o: only g is pushed, tanh(20) = 1
            set(readout, "lstm_state_bias", new float[8]);
            // every gate i, f, o = sigmoid(0) = 0.5 and g = 1, whatever the query
            // step 1: c = 0.5 * 0 + 0.5 * 1 = 0.5;   h = 0.5 tanh(0.5)
            // step 2: c = 0.5 * 0.5 + 0.5 * 1 = 0.75; q = h = 0.5 tanh(0.75) in both entries
            double q = 0.5 * Math.tanh(0.75);
            // scores x . q = q (x0 + x1): A q, B q, C 2q
            double a = Math.exp(q);
            double c = Math.exp(2 * q);
            double total = 2 * a + c;
            float r0 = (float) ((a * 1 + a * 0 + c * 1) / total);
            float r1 = (float) ((a * 0 + a * 1 + c * 1) / total);
            assertRows(new float[][] {{(float) q, (float) q, r0, r1}, {(float) q, (float) q, 2, -1}},
                    forward(readout, manager, inputs), TOLERANCE);
        }
    }

    @Test
    void everyReadoutGivesAMoleculeTheSameVectorAloneAndInABatch() {
        List<MoleculeGraph> graphs = NnFixtures.molecules("c1ccc2ccccc2c1", "O", "CC(C)Cc1ccc(cc1)C(C)C(=O)O", "CN");
        GraphBatch batch = GraphBatch.of(graphs);
        int width = 6;
        SplittableRandom random = new SplittableRandom(5);
        float[] states = new float[batch.numAtoms() * width];
        for (int i = 0; i < states.length; i++) {
            states[i] = (float) random.nextGaussian();
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            for (ReadoutType type : ReadoutType.values()) {
                Engine.getInstance().setRandomSeed(17);
                Readout readout = type.create(width);
                NDList inputs = GraphTensors.of(batch.toNDList(manager))
                        .withAtomStates(manager.create(states, new Shape(batch.numAtoms(), width))).toNDList();
                float[] batched = run(readout, manager, inputs).toFloatArray();
                int out = readout.outputSize();
                for (int g = 0; g < graphs.size(); g++) {
                    GraphBatch alone = GraphBatch.of(List.of(graphs.get(g)));
                    int offset = batch.atomOffsets()[g] * width;
                    float[] own = Arrays.copyOfRange(states, offset, offset + graphs.get(g).numAtoms() * width);
                    NDList single = GraphTensors.of(alone.toNDList(manager))
                            .withAtomStates(manager.create(own, new Shape(graphs.get(g).numAtoms(), width)))
                            .toNDList();
                    assertArrayEquals(forward(readout, manager, single).toFloatArray(),
                            Arrays.copyOfRange(batched, g * out, (g + 1) * out), TOLERANCE, type + ", graph " + g);
                }
            }
        }
    }
}
