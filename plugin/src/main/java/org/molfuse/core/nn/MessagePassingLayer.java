package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Objects;

/**
 * One message-passing step over a {@link GraphBatch}, in the style of PyTorch Geometric's {@code MessagePassing}:
 * {@code x'_v = update(x_v, AGG_{e: u -> v} message(e))}.
 *
 * <p>Input: a {@link GraphBatch} list whose atom slot holds the current states [N, in]; output: [N, out]. The base
 * owns the gather by source ({@code x[src]}) and the aggregation into targets: SUM and MEAN as a constant sparse
 * incidence matrix times the messages, MAX over the padded incoming-edge layout. Subclasses own their parameters, with
 * fixed shapes known at construction, and override {@link #message} and {@link #update}.
 */
public abstract class MessagePassingLayer extends AbstractBlock {

    private final int inputSize;
    private final int outputSize;
    private final Aggregation aggregation;

    protected MessagePassingLayer(int inputSize, int outputSize, Aggregation aggregation) {
        if (inputSize <= 0 || outputSize <= 0) {
            throw new IllegalArgumentException("layer sizes must be positive, got in " + inputSize + ", out "
                    + outputSize);
        }
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        return outputSize;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        GraphTensors graph = GraphTensors.of(inputs);
        Params.requireWidth(graph.atomStates(), inputSize, getClass().getSimpleName());
        NDArray messages = message(store, graph, training);
        NDArray aggregated = aggregate(messages, graph, aggregation);
        return new NDList(update(store, graph, aggregated, training));
    }

    /** Messages [E, m], one per directed edge; by default the source atom's state. */
    protected NDArray message(ParameterStore store, GraphTensors graph, boolean training) {
        return gatherSources(graph.atomStates(), graph);
    }

    /** New atom states [N, out] from the aggregated messages [N, m] and the current states. */
    protected abstract NDArray update(ParameterStore store, GraphTensors graph, NDArray aggregated, boolean training);

    /** Rows of {@code atomValues} [N, k] for every edge's source atom: [E, k]. */
    public static NDArray gatherSources(NDArray atomValues, GraphTensors graph) {
        return atomValues.get(graph.edgeSources());
    }

    /** Combines the per-edge values [E, k] into their target atoms: [N, k]; atoms without incoming edges get 0. */
    public static NDArray aggregate(NDArray edgeValues, GraphTensors graph, Aggregation aggregation) {
        switch (aggregation) {
            case SUM:
                return graph.edgeToTarget().matMul(edgeValues);
            case MEAN:
                return graph.edgeToTargetMean().matMul(edgeValues);
            case MAX:
                return maxIntoTargets(edgeValues, graph);
            default:
                throw new IllegalArgumentException("unknown aggregation " + aggregation);
        }
    }

    private static NDArray maxIntoTargets(NDArray edgeValues, GraphTensors graph) {
        long width = edgeValues.getShape().get(1);
        Shape result = new Shape(graph.numAtoms(), width);
        if (graph.numEdges() == 0) {
            return edgeValues.getManager().zeros(result, edgeValues.getDataType());
        }
        NDArray padded = edgeValues.get(graph.incomingEdges()); // [N, D, k]
        NDArray maxima = padded.add(graph.incomingEdgeLogMask().expandDims(2)).max(new int[] {1});
        // atoms without incoming edges hold -inf here; where() needs equal shapes, so the condition is broadcast
        NDArray hasIncoming = graph.inDegree().gt(0).expandDims(1).broadcast(result);
        return NDArrays.where(hasIncoming, maxima, maxima.zerosLike());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[GraphBatch.ATOM_FEATURES].get(0), outputSize)};
    }
}
