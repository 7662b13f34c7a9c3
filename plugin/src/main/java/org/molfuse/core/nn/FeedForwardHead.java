package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Chemprop v2's predictor MLP: {@code h_0 = W_0 x + b_0}, {@code h_l = W_l dropout(ReLU(h_{l-1})) + b_l} for
 * l = 1..hiddenLayers, the last layer mapping to the task count. With 0 hidden layers it is one linear map. Raw outputs:
 * no final activation, scaling or sigmoid. Input [B, in], output [B, tasks]. Parameters {@code layer<l>_weight},
 * {@code layer<l>_bias}.
 */
public final class FeedForwardHead extends AbstractBlock {

    private final int inputSize;
    private final int outputSize;
    private final float dropout;
    private final List<Parameter> weights = new ArrayList<>();
    private final List<Parameter> biases = new ArrayList<>();

    public FeedForwardHead(int inputSize, int hiddenSize, int hiddenLayers, float dropout, int outputSize) {
        if (inputSize <= 0 || hiddenSize <= 0 || outputSize <= 0) {
            throw new IllegalArgumentException("head sizes must be positive, got input " + inputSize + ", hidden "
                    + hiddenSize + ", output " + outputSize);
        }
        if (hiddenLayers < 0) {
            throw new IllegalArgumentException("hidden layer count must not be negative, got " + hiddenLayers);
        }
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.dropout = dropout;
        int in = inputSize;
        for (int l = 0; l <= hiddenLayers; l++) {
            int out = l == hiddenLayers ? outputSize : hiddenSize;
            weights.add(addParameter(Params.weight("layer" + l + "_weight", out, in)));
            biases.add(addParameter(Params.bias("layer" + l + "_bias", out)));
            in = out;
        }
    }

    public int outputSize() {
        return outputSize;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = inputs.singletonOrThrow();
        Params.requireWidth(h, inputSize, "FeedForwardHead");
        for (int l = 0; l < weights.size(); l++) {
            if (l > 0) {
                h = Params.dropout(Activation.relu(h), dropout, training);
            }
            h = Params.affine(h, Params.value(store, weights.get(l), h, training),
                    Params.value(store, biases.get(l), h, training));
        }
        return new NDList(h);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), outputSize)};
    }
}
