package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * Graph convolution of Kipf and Welling with self loops and symmetric normalization:
 * {@code x'_v = W (x_v / d_v + sum_{u -> v} x_u / sqrt(d_u d_v)) + b} with {@code d_v = in-degree(v) + 1}. No
 * activation; {@link MessagePassingStack} applies it. Parameters: {@code weight} [out, in], {@code bias} [out].
 */
public final class GcnLayer extends MessagePassingLayer {

    private final Parameter weight;
    private final Parameter bias;

    public GcnLayer(int inputSize, int outputSize) {
        super(inputSize, outputSize, Aggregation.SUM);
        weight = addParameter(Params.weight("weight", outputSize, inputSize));
        bias = addParameter(Params.bias("bias", outputSize));
    }

    @Override
    protected NDArray message(ParameterStore store, GraphTensors graph, boolean training) {
        NDArray inverseRoot = inverseRootDegree(graph);
        NDArray norm = inverseRoot.get(graph.edgeSources()).mul(inverseRoot.get(graph.edgeTargets()));
        return gatherSources(graph.atomStates(), graph).mul(norm.expandDims(1));
    }

    @Override
    protected NDArray update(ParameterStore store, GraphTensors graph, NDArray aggregated, boolean training) {
        NDArray x = graph.atomStates();
        // the self loop: x_v / sqrt(d_v d_v); W is applied after the sum since it is linear
        NDArray selfLoop = x.mul(inverseRootDegree(graph).square().expandDims(1));
        return Params.affine(aggregated.add(selfLoop), Params.value(store, weight, x, training),
                Params.value(store, bias, x, training));
    }

    private static NDArray inverseRootDegree(GraphTensors graph) {
        return graph.inDegree().add(1f).pow(-0.5f);
    }
}
