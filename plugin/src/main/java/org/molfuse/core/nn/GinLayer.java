package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * Graph isomorphism layer of Xu et al.: {@code x'_v = MLP((1 + eps) x_v + sum_{u -> v} x_u)} with a learnable
 * {@code eps} (starting at 0) and {@code MLP(z) = W2 ReLU(W1 z + b1) + b2}, both layers of width out. No final
 * activation; {@link MessagePassingStack} applies it. Parameters: {@code eps} [1], {@code mlp1_weight} [out, in],
 * {@code mlp1_bias}, {@code mlp2_weight} [out, out], {@code mlp2_bias}.
 */
public class GinLayer extends MessagePassingLayer {

    private final Parameter eps;
    private final Parameter weight1;
    private final Parameter bias1;
    private final Parameter weight2;
    private final Parameter bias2;

    public GinLayer(int inputSize, int outputSize) {
        super(inputSize, outputSize, Aggregation.SUM);
        eps = addParameter(Params.scalar("eps"));
        weight1 = addParameter(Params.weight("mlp1_weight", outputSize, inputSize));
        bias1 = addParameter(Params.bias("mlp1_bias", outputSize));
        weight2 = addParameter(Params.weight("mlp2_weight", outputSize, outputSize));
        bias2 = addParameter(Params.bias("mlp2_bias", outputSize));
    }

    @Override
    protected NDArray update(ParameterStore store, GraphTensors graph, NDArray aggregated, boolean training) {
        NDArray x = graph.atomStates();
        // x first: results attach to the first operand's manager, which must be the batch's, not the model's
        NDArray z = x.add(x.mul(Params.value(store, eps, x, training))).add(aggregated);
        NDArray hidden = Activation.relu(Params.affine(z, Params.value(store, weight1, x, training),
                Params.value(store, bias1, x, training)));
        return Params.affine(hidden, Params.value(store, weight2, x, training), Params.value(store, bias2, x, training));
    }
}
