package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * Gated attention pooling (PyTorch Geometric's {@code AttentionalAggregation} with a linear gate):
 * {@code s_v = w . x_v}, {@code a_v = softmax_{v in g}(s_v)}, {@code r_g = sum_{v in g} a_v x_v}. The softmax runs
 * over the padded layout with padding at -inf and subtracts each graph's maximum. No gate bias: softmax ignores a
 * constant shift, so it would never learn. Parameter: {@code gate_weight} [1, H].
 */
public final class AttentionReadout extends Readout {

    private final Parameter gateWeight;

    public AttentionReadout(int inputSize) {
        super(inputSize);
        gateWeight = addParameter(Params.weight("gate_weight", 1, inputSize));
    }

    @Override
    protected NDArray pool(ParameterStore store, GraphTensors graph, boolean training) {
        NDArray x = graph.atomStates();
        NDArray scores = Params.affine(x, Params.value(store, gateWeight, x, training), null).squeeze(1);
        return weightedSum(softmaxPerGraph(scores, graph), x, graph);
    }
}
