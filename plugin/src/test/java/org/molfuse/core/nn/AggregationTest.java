package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sparse and padded aggregations against plain Java loops on a batch of real molecules with random values. */
class AggregationTest {

    private static final int WIDTH = 5;
    private static final GraphBatch BATCH = GraphBatch.of(NnFixtures.molecules(
            "CC(=O)Oc1ccccc1C(=O)O", "C", "CCN(CC)CC", "O=C1NC(=O)c2ccccc21", "[Na+]", "CS(=O)(=O)N", "C1CC1"));

    @Test
    void edgeAggregationsEqualLoopsOverTargets() {
        float[] messages = randomValues(BATCH.numEdges() * WIDTH, 1);
        int[] targets = BATCH.edgeTargets();
        int n = BATCH.numAtoms();
        float[] sum = new float[n * WIDTH];
        float[] max = new float[n * WIDTH];
        Arrays.fill(max, Float.NEGATIVE_INFINITY);
        int[] count = new int[n];
        for (int e = 0; e < targets.length; e++) {
            count[targets[e]]++;
            for (int k = 0; k < WIDTH; k++) {
                sum[targets[e] * WIDTH + k] += messages[e * WIDTH + k];
                max[targets[e] * WIDTH + k] = Math.max(max[targets[e] * WIDTH + k], messages[e * WIDTH + k]);
            }
        }
        float[] mean = new float[n * WIDTH];
        for (int v = 0; v < n; v++) {
            for (int k = 0; k < WIDTH; k++) {
                mean[v * WIDTH + k] = count[v] == 0 ? 0 : sum[v * WIDTH + k] / count[v];
                if (count[v] == 0) {
                    max[v * WIDTH + k] = 0; // atoms without incoming edges aggregate to 0
                }
            }
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            GraphTensors graph = GraphTensors.of(BATCH.toNDList(manager));
            NDArray values = manager.create(messages, new Shape(BATCH.numEdges(), WIDTH));
            assertArrayEquals(sum, MessagePassingLayer.aggregate(values, graph, Aggregation.SUM).toFloatArray(), 1e-5f);
            assertArrayEquals(mean, MessagePassingLayer.aggregate(values, graph, Aggregation.MEAN).toFloatArray(),
                    1e-5f);
            assertArrayEquals(max, MessagePassingLayer.aggregate(values, graph, Aggregation.MAX).toFloatArray(), 0f);
        }
    }

    @Test
    void gatherBySourceCopiesTheSourceRows() {
        float[] states = randomValues(BATCH.numAtoms() * WIDTH, 2);
        int[] sources = BATCH.edgeSources();
        float[] expected = new float[sources.length * WIDTH];
        for (int e = 0; e < sources.length; e++) {
            System.arraycopy(states, sources[e] * WIDTH, expected, e * WIDTH, WIDTH);
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            GraphTensors graph = GraphTensors.of(BATCH.toNDList(manager));
            NDArray atoms = manager.create(states, new Shape(BATCH.numAtoms(), WIDTH));
            assertArrayEquals(expected, MessagePassingLayer.gatherSources(atoms, graph).toFloatArray());
        }
    }

    @Test
    void sumMeanAndMaxReadoutsEqualLoopsOverGraphs() {
        float[] states = randomValues(BATCH.numAtoms() * WIDTH, 3);
        int[] graphOf = BATCH.atomGraph();
        int[] counts = BATCH.atomCounts();
        int b = BATCH.numGraphs();
        float[] sum = new float[b * WIDTH];
        float[] max = new float[b * WIDTH];
        Arrays.fill(max, Float.NEGATIVE_INFINITY);
        for (int v = 0; v < graphOf.length; v++) {
            for (int k = 0; k < WIDTH; k++) {
                sum[graphOf[v] * WIDTH + k] += states[v * WIDTH + k];
                max[graphOf[v] * WIDTH + k] = Math.max(max[graphOf[v] * WIDTH + k], states[v * WIDTH + k]);
            }
        }
        float[] mean = new float[b * WIDTH];
        for (int g = 0; g < b; g++) {
            for (int k = 0; k < WIDTH; k++) {
                mean[g * WIDTH + k] = sum[g * WIDTH + k] / counts[g];
            }
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            var inputs = GraphTensors.of(BATCH.toNDList(manager))
                    .withAtomStates(manager.create(states, new Shape(BATCH.numAtoms(), WIDTH))).toNDList();
            assertArrayEquals(sum, NnFixtures.forward(new SumReadout(WIDTH), manager, inputs).toFloatArray(), 1e-5f);
            assertArrayEquals(mean, NnFixtures.forward(new MeanReadout(WIDTH), manager, inputs).toFloatArray(), 1e-5f);
            assertArrayEquals(max, NnFixtures.forward(new MaxReadout(WIDTH), manager, inputs).toFloatArray(), 0f);
        }
    }

    private static float[] randomValues(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextDouble() * 4 - 2);
        }
        return values;
    }
}
