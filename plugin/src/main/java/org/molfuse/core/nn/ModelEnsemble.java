package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * Models of one architecture trained apart, predicting together: every member reads the same inputs and the output is
 * the mean of their outputs, as chemprop's {@code --ensemble_size} averages its models. The members are trained one by
 * one as blocks of their own ({@link #members()}); {@link #initialize} then leaves a member that is already initialized
 * as it is, so an ensemble of trained members can be marked initialized without losing their weights.
 */
public final class ModelEnsemble extends AbstractBlock {

    private final List<Block> members;

    public ModelEnsemble(List<Block> members) {
        if (members == null || members.size() < 2) {
            throw new IllegalArgumentException("an ensemble needs at least two members, got "
                    + (members == null ? 0 : members.size()));
        }
        for (int i = 0; i < members.size(); i++) {
            addChildBlock("member" + i, members.get(i));
        }
        this.members = List.copyOf(members);
    }

    public List<Block> members() {
        return members;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDList outputs = new NDList(members.size());
        for (Block member : members) {
            outputs.add(member.forward(store, inputs, training).singletonOrThrow());
        }
        NDArray stacked = NDArrays.stack(outputs);
        return new NDList(stacked.mean(new int[] {0}));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Block member : members) {
            if (!member.isInitialized()) {
                member.initialize(manager, dataType, inputShapes);
            }
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return members.get(0).getOutputShapes(inputShapes);
    }
}
