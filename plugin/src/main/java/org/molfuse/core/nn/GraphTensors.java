package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Named view of a {@link GraphBatch#toNDList} list, as blocks receive it in {@code forward}. {@link #atomStates()} is
 * the array in slot {@link GraphBatch#ATOM_FEATURES}: the raw features for the first layer, the previous layer's output
 * after {@link #withAtomStates(NDArray)}.
 */
public record GraphTensors(
        NDArray atomStates,
        NDArray bondFeatures,
        NDArray edgeSources,
        NDArray edgeTargets,
        NDArray reverseEdges,
        NDArray atomGraph,
        NDArray inDegree,
        NDArray edgeToTarget,
        NDArray edgeToTargetMean,
        NDArray atomToGraph,
        NDArray atomToGraphMean,
        NDArray paddedAtoms,
        NDArray paddedAtomLogMask,
        NDArray incomingEdges,
        NDArray incomingEdgeLogMask) {

    /** Reads the list in the {@link GraphBatch} order; rejects lists of another length. */
    public static GraphTensors of(NDList list) {
        if (list.size() != GraphBatch.SIZE) {
            throw new IllegalArgumentException("expected the " + GraphBatch.SIZE + " arrays of a GraphBatch, got "
                    + list.size());
        }
        return new GraphTensors(list.get(0), list.get(1), list.get(2), list.get(3), list.get(4), list.get(5),
                list.get(6), list.get(7), list.get(8), list.get(9), list.get(10), list.get(11), list.get(12),
                list.get(13), list.get(14));
    }

    public GraphTensors withAtomStates(NDArray states) {
        return new GraphTensors(states, bondFeatures, edgeSources, edgeTargets, reverseEdges, atomGraph, inDegree,
                edgeToTarget, edgeToTargetMean, atomToGraph, atomToGraphMean, paddedAtoms, paddedAtomLogMask,
                incomingEdges, incomingEdgeLogMask);
    }

    public NDList toNDList() {
        return new NDList(atomStates, bondFeatures, edgeSources, edgeTargets, reverseEdges, atomGraph, inDegree,
                edgeToTarget, edgeToTargetMean, atomToGraph, atomToGraphMean, paddedAtoms, paddedAtomLogMask,
                incomingEdges, incomingEdgeLogMask);
    }

    public long numAtoms() {
        return atomStates.getShape().get(0);
    }

    public long numEdges() {
        return edgeSources.getShape().get(0);
    }

    public long numGraphs() {
        return atomToGraph.getShape().get(0);
    }

    /** States gathered into the padded layout [B, M, H]; padding rows hold atom 0 and must be masked. */
    public NDArray padded(NDArray states) {
        return states.get(paddedAtoms);
    }
}
