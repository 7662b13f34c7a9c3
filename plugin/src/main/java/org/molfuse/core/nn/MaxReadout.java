package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;

/** {@code r_g = max_{v in g} x_v} per feature, over the padded layout with padding at -inf. */
public final class MaxReadout extends Readout {

    public MaxReadout(int inputSize) {
        super(inputSize);
    }

    @Override
    protected NDArray pool(ParameterStore store, GraphTensors graph, boolean training) {
        return paddedWithNegativeInfinity(graph.atomStates(), graph).max(new int[] {1});
    }
}
