package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * Set2Set of Vinyals et al., as in Gilmer et al.'s MPNN: starting from {@code q*_0 = 0} [B, 2H], for t = 1..T:
 * {@code q_t = LSTM(q*_{t-1})}, {@code a_v = softmax_{v in g}(x_v . q_t)}, {@code r_t = sum a_v x_v},
 * {@code q*_t = [q_t || r_t]}; the output is {@code q*_T} [B, 2H]. Parameters: the LSTM's
 * {@code lstm_input_weight} [4H, 2H], {@code lstm_state_weight} [4H, H], {@code lstm_input_bias},
 * {@code lstm_state_bias} [4H], gates in PyTorch's order i, f, g, o.
 */
public final class Set2SetReadout extends Readout {

    public static final int DEFAULT_STEPS = 3;

    private final int steps;
    private final Parameter inputWeight;
    private final Parameter stateWeight;
    private final Parameter inputBias;
    private final Parameter stateBias;

    public Set2SetReadout(int inputSize, int steps) {
        super(inputSize);
        if (steps < 1) {
            throw new IllegalArgumentException("Set2Set needs at least 1 step, got " + steps);
        }
        this.steps = steps;
        long h = inputSize;
        inputWeight = addParameter(Params.weight("lstm_input_weight", 4 * h, 2 * h));
        stateWeight = addParameter(Params.weight("lstm_state_weight", 4 * h, h));
        inputBias = addParameter(Params.bias("lstm_input_bias", 4 * h));
        stateBias = addParameter(Params.bias("lstm_state_bias", 4 * h));
    }

    public int steps() {
        return steps;
    }

    @Override
    public int outputSize() {
        return 2 * inputSize();
    }

    @Override
    protected NDArray pool(ParameterStore store, GraphTensors graph, boolean training) {
        NDArray x = graph.atomStates();
        NDArray wi = Params.value(store, inputWeight, x, training);
        NDArray wh = Params.value(store, stateWeight, x, training);
        NDArray bi = Params.value(store, inputBias, x, training);
        NDArray bh = Params.value(store, stateBias, x, training);
        NDManager manager = x.getManager();
        long b = graph.numGraphs();
        NDArray query = manager.zeros(new Shape(b, outputSize()), x.getDataType());
        NDArray h = manager.zeros(new Shape(b, inputSize()), x.getDataType());
        NDArray c = h;
        for (int t = 0; t < steps; t++) {
            NDList next = RecurrentCells.lstm(query, h, c, wi, wh, bi, bh);
            h = next.get(0);
            c = next.get(1);
            NDArray scores = x.mul(h.get(graph.atomGraph())).sum(new int[] {1}); // x_v . q_graph(v), [N]
            NDArray pooled = weightedSum(softmaxPerGraph(scores, graph), x, graph);
            query = NDArrays.concat(new NDList(h, pooled), 1);
        }
        return query;
    }
}
