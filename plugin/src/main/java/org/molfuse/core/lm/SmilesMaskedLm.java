package org.molfuse.core.lm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.Objects;

/**
 * The encoder with RoBERTa's masked-language-model head: {@code logits = E LayerNorm(GELU(W h + b)) + bias}, where
 * {@code E} is the encoder's own word-embedding matrix (tied, as in RoBERTa, so the head adds only H*H + 3H + V
 * weights). Inputs as {@link SmilesTransformer}; output: logits over the vocabulary [B, T, V]. Head parameters are
 * named as in HuggingFace RoBERTa ({@code lm_head.dense.weight}, {@code lm_head.layer_norm.weight},
 * {@code lm_head.bias}).
 */
public final class SmilesMaskedLm extends AbstractBlock {

    private final SmilesTransformer encoder;
    private final Parameter denseWeight;
    private final Parameter denseBias;
    private final Parameter normWeight;
    private final Parameter normBias;
    private final Parameter outputBias;

    public SmilesMaskedLm(TransformerConfig config) {
        Objects.requireNonNull(config, "config");
        encoder = addChildBlock("roberta", new SmilesTransformer(config));
        int h = config.hiddenSize();
        denseWeight = addParameter(Parameter.builder().setName("lm_head.dense.weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(new NormalInitializer(0.02f)).optShape(new Shape(h, h)).build());
        denseBias = addParameter(vector("lm_head.dense.bias", h, Initializer.ZEROS, Parameter.Type.BIAS));
        normWeight = addParameter(vector("lm_head.layer_norm.weight", h, Initializer.ONES, Parameter.Type.GAMMA));
        normBias = addParameter(vector("lm_head.layer_norm.bias", h, Initializer.ZEROS, Parameter.Type.BETA));
        outputBias = addParameter(vector("lm_head.bias", config.vocabSize(), Initializer.ZEROS, Parameter.Type.BIAS));
    }

    public SmilesTransformer encoder() {
        return encoder;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray states = encoder.forward(store, inputs, training).head();
        TransformerConfig config = encoder.config();
        NDArray hidden = Activation.gelu(Linear.linear(states, value(store, denseWeight, states, training),
                value(store, denseBias, states, training)).singletonOrThrow());
        hidden = LayerNorm.layerNorm(hidden, new Shape(config.hiddenSize()), value(store, normWeight, states, training),
                value(store, normBias, states, training), config.layerNormEps()).singletonOrThrow();
        NDArray embeddings = value(store, encoder.wordEmbeddings(), states, training);
        return new NDList(Linear.linear(hidden, embeddings, value(store, outputBias, states, training))
                .singletonOrThrow());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(1), encoder.config().vocabSize())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
    }

    private static NDArray value(ParameterStore store, Parameter parameter, NDArray like, boolean training) {
        return store.getValue(parameter, like.getDevice(), training);
    }

    private static Parameter vector(String name, long size, Initializer initializer, Parameter.Type type) {
        return Parameter.builder().setName(name).setType(type).optInitializer(initializer).optShape(new Shape(size))
                .build();
    }
}
