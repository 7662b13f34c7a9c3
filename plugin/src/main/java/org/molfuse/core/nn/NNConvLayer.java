package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * Edge-conditioned convolution with a GRU update, the MPNN of Gilmer et al. as in PyTorch Geometric's {@code NNConv}
 * example: an edge network {@code Theta(e) = W_e2 ReLU(W_e1 e + b_e1) + b_e2}, reshaped to an [in, out] matrix per
 * edge, gives messages {@code x_u Theta(e_uv)} (a batched matmul); after aggregation (mean by default)
 * {@code m_v = ReLU(AGG + W_root x_v + b)} and {@code x'_v = GRU(m_v, x_v)}. The GRU needs in == out.
 *
 * <p>Memory grows as edges x hidden^2 (every edge carries its own matrix), so keep the hidden size small (64 or so).
 */
public final class NNConvLayer extends MessagePassingLayer {

    private final int bondFeatureSize;
    private final Parameter edgeWeight1;
    private final Parameter edgeBias1;
    private final Parameter edgeWeight2;
    private final Parameter edgeBias2;
    private final Parameter rootWeight;
    private final Parameter bias;
    private final Parameter gruInputWeight;
    private final Parameter gruStateWeight;
    private final Parameter gruInputBias;
    private final Parameter gruStateBias;

    /**
     * @param hiddenSize      width of the atom states, in and out
     * @param edgeHiddenSize  width of the edge network's hidden layer
     */
    public NNConvLayer(int hiddenSize, int bondFeatureSize, int edgeHiddenSize, Aggregation aggregation) {
        super(hiddenSize, hiddenSize, aggregation);
        if (bondFeatureSize <= 0 || edgeHiddenSize <= 0) {
            throw new IllegalArgumentException("bond feature and edge network sizes must be positive, got "
                    + bondFeatureSize + " and " + edgeHiddenSize);
        }
        this.bondFeatureSize = bondFeatureSize;
        long h = hiddenSize;
        edgeWeight1 = addParameter(Params.weight("edge1_weight", edgeHiddenSize, bondFeatureSize));
        edgeBias1 = addParameter(Params.bias("edge1_bias", edgeHiddenSize));
        edgeWeight2 = addParameter(Params.weight("edge2_weight", h * h, edgeHiddenSize));
        edgeBias2 = addParameter(Params.bias("edge2_bias", h * h));
        rootWeight = addParameter(Params.weight("root_weight", h, h));
        bias = addParameter(Params.bias("bias", h));
        gruInputWeight = addParameter(Params.weight("gru_input_weight", 3 * h, h));
        gruStateWeight = addParameter(Params.weight("gru_state_weight", 3 * h, h));
        gruInputBias = addParameter(Params.bias("gru_input_bias", 3 * h));
        gruStateBias = addParameter(Params.bias("gru_state_bias", 3 * h));
    }

    @Override
    protected NDArray message(ParameterStore store, GraphTensors graph, boolean training) {
        NDArray bonds = graph.bondFeatures();
        Params.requireWidth(bonds, bondFeatureSize, "NNConvLayer bond features");
        NDArray edgeHidden = Activation.relu(Params.affine(bonds, Params.value(store, edgeWeight1, bonds, training),
                Params.value(store, edgeBias1, bonds, training)));
        NDArray matrices = Params.affine(edgeHidden, Params.value(store, edgeWeight2, bonds, training),
                Params.value(store, edgeBias2, bonds, training)).reshape(graph.numEdges(), inputSize(), outputSize());
        // [E, 1, in] x [E, in, out] -> [E, 1, out]
        return gatherSources(graph.atomStates(), graph).expandDims(1).batchMatMul(matrices).squeeze(1);
    }

    @Override
    protected NDArray update(ParameterStore store, GraphTensors graph, NDArray aggregated, boolean training) {
        NDArray x = graph.atomStates();
        NDArray m = Activation.relu(aggregated.add(Params.affine(x, Params.value(store, rootWeight, x, training),
                Params.value(store, bias, x, training))));
        return RecurrentCells.gru(m, x, Params.value(store, gruInputWeight, x, training),
                Params.value(store, gruStateWeight, x, training), Params.value(store, gruInputBias, x, training),
                Params.value(store, gruStateBias, x, training));
    }
}
