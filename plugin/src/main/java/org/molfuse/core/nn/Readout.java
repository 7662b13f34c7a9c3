package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Pools atom states into one vector per graph. Input: a {@link GraphBatch} list whose atom slot holds the states
 * [N, H]; output: [B, {@link #outputSize()}].
 */
public abstract class Readout extends AbstractBlock {

    private final int inputSize;

    protected Readout(int inputSize) {
        if (inputSize <= 0) {
            throw new IllegalArgumentException("readout input size must be positive, got " + inputSize);
        }
        this.inputSize = inputSize;
    }

    public int inputSize() {
        return inputSize;
    }

    /** Width of one graph's vector. */
    public int outputSize() {
        return inputSize;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        GraphTensors graph = GraphTensors.of(inputs);
        Params.requireWidth(graph.atomStates(), inputSize, getClass().getSimpleName());
        return new NDList(pool(store, graph, training));
    }

    /** [B, outputSize] from {@code graph.atomStates()}. */
    protected abstract NDArray pool(ParameterStore store, GraphTensors graph, boolean training);

    /** States in the padded layout [B, M, H] with padding rows at -inf, ready for a max or masked softmax. */
    protected static NDArray paddedWithNegativeInfinity(NDArray values, GraphTensors graph) {
        return graph.padded(values).add(graph.paddedAtomLogMask().expandDims(2));
    }

    /** Softmax over each graph's atoms of per-atom scores [N]: weights [B, M], exactly 0 on padding. */
    protected static NDArray softmaxPerGraph(NDArray scores, GraphTensors graph) {
        // torch's softmax subtracts the row maximum, so large scores stay finite
        return graph.padded(scores).add(graph.paddedAtomLogMask()).softmax(1);
    }

    /** Sum over each graph's atoms of the weighted states: [B, M] x [B, M, H] -> [B, H]. */
    protected static NDArray weightedSum(NDArray weights, NDArray states, GraphTensors graph) {
        return weights.expandDims(1).batchMatMul(graph.padded(states)).squeeze(1);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[GraphBatch.ATOM_TO_GRAPH].get(0), outputSize())};
    }
}
