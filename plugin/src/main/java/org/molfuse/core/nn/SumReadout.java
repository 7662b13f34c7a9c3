package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;

/** {@code r_g = sum_{v in g} x_v}, a sparse [B, N] incidence times the states. */
public final class SumReadout extends Readout {

    public SumReadout(int inputSize) {
        super(inputSize);
    }

    @Override
    protected NDArray pool(ParameterStore store, GraphTensors graph, boolean training) {
        return graph.atomToGraph().matMul(graph.atomStates());
    }
}
