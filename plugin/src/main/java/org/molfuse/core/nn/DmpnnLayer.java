package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;

/**
 * Directed message passing (D-MPNN) exactly as chemprop v1/v2's bond message passing, from raw atom and bond features:
 * <pre>
 *   h0_e = W_i [x_src(e) || b_e]                      (no bias, pre-activation kept for the residual)
 *   h_e  = ReLU(h0_e)
 *   depth - 1 times:  m_e = sum_{k -> src(e)} h_k - h_rev(e)
 *                     h_e = dropout(ReLU(h0_e + W_h m_e))   (W_h without bias)
 *   m_v  = sum_{e -> v} h_e
 *   out_v = dropout(ReLU(W_o [x_v || m_v] + b_o))
 * </pre>
 * Chemprop adds the pre-activation {@code h0_e}, not {@code ReLU(h0_e)}, in the update; this layer does the same.
 * Subtracting the reverse edge keeps a message from flowing straight back to where it came from. Atoms without bonds
 * get {@code ReLU(W_o [x_v || 0] + b_o)}. {@link #message} runs the edge-centric iterations (with the
 * base's gather and sum), the base sums the final edge states into atoms and {@link #update} applies {@code W_o}. Parameters: {@code W_i} [H, F + Fb], {@code W_h} [H, H], {@code W_o} [H, F + H],
 * {@code b_o} [H].
 */
public final class DmpnnLayer extends MessagePassingLayer {

    /** Chemprop's defaults. */
    public static final int DEFAULT_HIDDEN_SIZE = 300;
    public static final int DEFAULT_DEPTH = 3;

    private final int bondFeatureSize;
    private final int depth;
    private final float dropout;
    private final Parameter inputWeight;
    private final Parameter hiddenWeight;
    private final Parameter outputWeight;
    private final Parameter outputBias;

    public DmpnnLayer(int atomFeatureSize, int bondFeatureSize, int hiddenSize, int depth, float dropout) {
        super(atomFeatureSize, hiddenSize, Aggregation.SUM);
        if (bondFeatureSize <= 0) {
            throw new IllegalArgumentException("bond feature size must be positive, got " + bondFeatureSize);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("D-MPNN depth must be at least 1, got " + depth);
        }
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        this.bondFeatureSize = bondFeatureSize;
        this.depth = depth;
        this.dropout = dropout;
        inputWeight = addParameter(Params.weight("W_i", hiddenSize, atomFeatureSize + bondFeatureSize));
        hiddenWeight = addParameter(Params.weight("W_h", hiddenSize, hiddenSize));
        outputWeight = addParameter(Params.weight("W_o", hiddenSize, atomFeatureSize + hiddenSize));
        outputBias = addParameter(Params.bias("b_o", hiddenSize));
    }

    public int depth() {
        return depth;
    }

    /** The directed edge states h_e after depth - 1 iterations; the base sums them into m_v. */
    @Override
    protected NDArray message(ParameterStore store, GraphTensors graph, boolean training) {
        NDArray x = graph.atomStates();
        NDArray bonds = graph.bondFeatures();
        Params.requireWidth(bonds, bondFeatureSize, "DmpnnLayer bond features");
        NDArray h0 = Params.affine(NDArrays.concat(new NDList(gatherSources(x, graph), bonds), 1),
                Params.value(store, inputWeight, x, training), null);
        NDArray wh = Params.value(store, hiddenWeight, x, training);
        NDArray h = Activation.relu(h0);
        for (int step = 1; step < depth; step++) {
            NDArray entering = aggregate(h, graph, Aggregation.SUM);
            NDArray m = gatherSources(entering, graph).sub(h.get(graph.reverseEdges()));
            h = Params.dropout(Activation.relu(h0.add(Params.affine(m, wh, null))), dropout, training);
        }
        return h;
    }

    @Override
    protected NDArray update(ParameterStore store, GraphTensors graph, NDArray aggregated, boolean training) {
        NDArray x = graph.atomStates();
        NDArray out = Activation.relu(Params.affine(NDArrays.concat(new NDList(x, aggregated), 1),
                Params.value(store, outputWeight, x, training), Params.value(store, outputBias, x, training)));
        return Params.dropout(out, dropout, training);
    }
}
