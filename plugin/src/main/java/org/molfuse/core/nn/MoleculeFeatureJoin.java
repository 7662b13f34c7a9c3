package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Arrays;

/**
 * A {@link GraphEncoder} whose graph vector is followed by given whole-molecule features, chemprop v2's
 * {@code cat(aggregate(message_passing(graph)), X_d)}: input the {@link GraphBatch} arrays plus float32 [B, F]
 * molecule features at index {@link #MOLECULE_FEATURES}, output [B, encoder width + F]. The features are data, not
 * parameters: scale them on the training molecules before they get here.
 */
public final class MoleculeFeatureJoin extends AbstractBlock {

    /** Index of the molecule features, after the graph batch's arrays. */
    public static final int MOLECULE_FEATURES = GraphBatch.SIZE;

    private final GraphEncoder encoder;
    private final int featureSize;

    public MoleculeFeatureJoin(GraphEncoder encoder, int featureSize) {
        if (featureSize <= 0) {
            throw new IllegalArgumentException("molecule feature size must be positive, got " + featureSize);
        }
        this.encoder = addChildBlock("encoder", encoder);
        this.featureSize = featureSize;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray features = moleculeFeatures(inputs.size() > MOLECULE_FEATURES ? inputs.get(MOLECULE_FEATURES) : null);
        NDArray graphs = encoder.forward(store, graphArrays(inputs), training).singletonOrThrow();
        return new NDList(graphs.concat(features, 1));
    }

    private NDArray moleculeFeatures(NDArray features) {
        if (features == null || features.getShape().dimension() != 2 || features.getShape().get(1) != featureSize) {
            throw new IllegalArgumentException("the model reads " + featureSize + " molecule features per molecule "
                    + "after the graph arrays, got " + (features == null ? "none" : features.getShape()));
        }
        return features;
    }

    private static NDList graphArrays(NDList inputs) {
        return inputs.subNDList(0, GraphBatch.SIZE);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, Arrays.copyOf(inputShapes, GraphBatch.SIZE));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long width = encoder.config().outputSize() + featureSize;
        return new Shape[] {new Shape(inputShapes[GraphBatch.ATOM_TO_GRAPH].get(0), width)};
    }
}
