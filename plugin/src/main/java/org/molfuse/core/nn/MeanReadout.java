package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;

/** {@code r_g = (1 / |g|) sum_{v in g} x_v}, chemprop's default aggregation. */
public final class MeanReadout extends Readout {

    public MeanReadout(int inputSize) {
        super(inputSize);
    }

    @Override
    protected NDArray pool(ParameterStore store, GraphTensors graph, boolean training) {
        return graph.atomToGraphMean().matMul(graph.atomStates());
    }
}
