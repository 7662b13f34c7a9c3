package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * GIN with edge features (GINE, Hu et al.): as {@link GinLayer}, but each neighbour's message is
 * {@code ReLU(x_u + W_e e_uv + b_e)}, the bond features projected to the atom-state width. Extra parameters:
 * {@code edge_weight} [in, bond], {@code edge_bias} [in].
 */
public final class GineLayer extends GinLayer {

    private final int bondFeatureSize;
    private final Parameter edgeWeight;
    private final Parameter edgeBias;

    public GineLayer(int inputSize, int bondFeatureSize, int outputSize) {
        super(inputSize, outputSize);
        if (bondFeatureSize <= 0) {
            throw new IllegalArgumentException("bond feature size must be positive, got " + bondFeatureSize);
        }
        this.bondFeatureSize = bondFeatureSize;
        edgeWeight = addParameter(Params.weight("edge_weight", inputSize, bondFeatureSize));
        edgeBias = addParameter(Params.bias("edge_bias", inputSize));
    }

    @Override
    protected NDArray message(ParameterStore store, GraphTensors graph, boolean training) {
        NDArray bonds = graph.bondFeatures();
        Params.requireWidth(bonds, bondFeatureSize, "GineLayer bond features");
        NDArray projected = Params.affine(bonds, Params.value(store, edgeWeight, bonds, training),
                Params.value(store, edgeBias, bonds, training));
        return Activation.relu(gatherSources(graph.atomStates(), graph).add(projected));
    }
}
