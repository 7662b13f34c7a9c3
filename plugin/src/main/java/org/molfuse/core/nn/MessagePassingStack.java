package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code depth} layers of one type, each followed by dropout: {@code x^(l+1) = dropout(act(layer_l(x^(l))))}, where act
 * is ReLU for GCN, GIN and GINE and the identity for NNConv (its GRU already bounds the state). The first GCN/GIN/GINE
 * layer maps the atom features to the hidden size; NNConv keeps in == out, so its stack first projects the features,
 * {@code x^(0) = ReLU(W_in x + b_in)} (parameters {@code input_weight}, {@code input_bias}), and aggregates by mean.
 * Input: a {@link GraphBatch} list; output: atom states [N, hidden]. D-MPNN is its own block ({@link DmpnnLayer}).
 */
public final class MessagePassingStack extends AbstractBlock {

    private final LayerType type;
    private final int atomFeatureSize;
    private final int hiddenSize;
    private final float dropout;
    private final List<MessagePassingLayer> layers = new ArrayList<>();
    private final Parameter inputWeight;
    private final Parameter inputBias;

    public MessagePassingStack(LayerType type, int atomFeatureSize, int bondFeatureSize, int hiddenSize, int depth,
            float dropout) {
        this.type = Objects.requireNonNull(type, "type");
        if (type == LayerType.DMPNN) {
            throw new IllegalArgumentException("D-MPNN runs its depth inside DmpnnLayer; it is not stacked");
        }
        if (atomFeatureSize <= 0 || bondFeatureSize <= 0 || hiddenSize <= 0) {
            throw new IllegalArgumentException("feature and hidden sizes must be positive, got atom "
                    + atomFeatureSize + ", bond " + bondFeatureSize + ", hidden " + hiddenSize);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        this.atomFeatureSize = atomFeatureSize;
        this.hiddenSize = hiddenSize;
        this.dropout = dropout;
        if (type == LayerType.NNCONV) {
            inputWeight = addParameter(Params.weight("input_weight", hiddenSize, atomFeatureSize));
            inputBias = addParameter(Params.bias("input_bias", hiddenSize));
        } else {
            inputWeight = null;
            inputBias = null;
        }
        for (int l = 0; l < depth; l++) {
            int in = l == 0 && type != LayerType.NNCONV ? atomFeatureSize : hiddenSize;
            layers.add(addChildBlock(type.name().toLowerCase(Locale.ROOT), newLayer(in, bondFeatureSize)));
        }
    }

    private MessagePassingLayer newLayer(int in, int bondFeatureSize) {
        switch (type) {
            case GCN:
                return new GcnLayer(in, hiddenSize);
            case GIN:
                return new GinLayer(in, hiddenSize);
            case GINE:
                return new GineLayer(in, bondFeatureSize, hiddenSize);
            case NNCONV:
                return new NNConvLayer(hiddenSize, bondFeatureSize, hiddenSize, Aggregation.MEAN);
            default:
                throw new IllegalArgumentException("not a stackable layer: " + type);
        }
    }

    public LayerType type() {
        return type;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        GraphTensors graph = GraphTensors.of(inputs);
        NDArray states = graph.atomStates();
        Params.requireWidth(states, atomFeatureSize, "MessagePassingStack");
        if (inputWeight != null) {
            states = Activation.relu(Params.affine(states, Params.value(store, inputWeight, states, training),
                    Params.value(store, inputBias, states, training)));
        }
        for (MessagePassingLayer layer : layers) {
            NDArray out = layer.forward(store, graph.withAtomStates(states).toNDList(), training).singletonOrThrow();
            if (type != LayerType.NNCONV) {
                out = Activation.relu(out);
            }
            states = Params.dropout(out, dropout, training);
        }
        return new NDList(states);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = inputShapes.clone();
        long atoms = inputShapes[GraphBatch.ATOM_FEATURES].get(0);
        for (MessagePassingLayer layer : layers) {
            shapes[GraphBatch.ATOM_FEATURES] = new Shape(atoms, layer.inputSize());
            layer.initialize(manager, dataType, shapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[GraphBatch.ATOM_FEATURES].get(0), hiddenSize)};
    }
}
