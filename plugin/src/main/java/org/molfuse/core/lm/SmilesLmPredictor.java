package org.molfuse.core.lm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.molfuse.core.nn.FeedForwardHead;
import org.molfuse.core.train.BlockFactory;

/**
 * A property predictor on a SMILES language model, in chemprop's shape {@code head(pool(encoder(tokens)))}: the
 * {@link SmilesTransformer}, CLS or mean pooling, and a feed-forward head with one output per task. Inputs as the
 * encoder's; output [B, tasks].
 */
public final class SmilesLmPredictor extends AbstractBlock {

    /** How token states become one molecule vector. */
    public enum Pooling {
        CLS, MEAN;

        public static Pooling parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown pooling '" + name + "'; valid: cls, mean");
            }
        }
    }

    /** Everything that shapes the block; stored as JSON in model bundles. */
    public record Architecture(TransformerConfig transformer, int loraRank, Pooling pooling, int headHidden,
            int headLayers, float dropout, int tasks) {
        private static final ObjectMapper JSON = new ObjectMapper();

        public Architecture {
            Objects.requireNonNull(transformer, "transformer");
            Objects.requireNonNull(pooling, "pooling");
            if (tasks < 1) {
                throw new IllegalArgumentException("a predictor needs at least one task");
            }
        }

        public SmilesLmPredictor build() {
            return new SmilesLmPredictor(this);
        }

        public String toJson() {
            try {
                return JSON.writeValueAsString(this);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public static Architecture fromJson(String json) {
            try {
                return JSON.readValue(json, Architecture.class);
            } catch (IOException e) {
                throw new IllegalArgumentException("not a SMILES language-model predictor: " + e.getMessage(), e);
            }
        }

        /** Rebuilds predictors from bundles. */
        public static BlockFactory factory() {
            return json -> fromJson(json).build();
        }
    }

    private final Architecture architecture;
    private final SmilesTransformer encoder;
    private final FeedForwardHead head;

    public SmilesLmPredictor(Architecture architecture) {
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        encoder = addChildBlock("roberta", new SmilesTransformer(architecture.transformer(), architecture.loraRank()));
        head = addChildBlock("head", new FeedForwardHead(architecture.transformer().hiddenSize(),
                architecture.headHidden(), architecture.headLayers(), architecture.dropout(), architecture.tasks()));
    }

    public Architecture architecture() {
        return architecture;
    }

    public SmilesTransformer encoder() {
        return encoder;
    }

    /** The feed-forward head, which reads the pooled molecule vectors [B, H]. */
    public FeedForwardHead head() {
        return head;
    }

    /** The molecule vectors [B, H] the head reads. */
    public NDArray embed(ParameterStore store, NDList inputs, boolean training) {
        NDArray states = encoder.forward(store, inputs, training).head();
        return architecture.pooling() == Pooling.CLS ? SmilesTransformer.clsPooling(states)
                : SmilesTransformer.meanPooling(states, inputs.get(1));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return head.forward(store, new NDList(embed(store, inputs, training)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), architecture.tasks())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        head.initialize(manager, dataType, new Shape(inputShapes[0].get(0), architecture.transformer().hiddenSize()));
    }

    /**
     * Copies the weights of a pretrained encoder into this predictor's encoder, parameter by parameter name; the
     * LoRA adapters, which pretraining does not have, keep their initial values.
     *
     * @throws IllegalArgumentException when a pretrained weight is missing or of another shape
     */
    public void loadEncoder(SmilesTransformer pretrained) {
        Map<String, NDArray> source = new HashMap<>();
        pretrained.getParameters().values().forEach(p -> source.put(p.getName(), p.getArray()));
        for (Parameter parameter : encoder.getParameters().values()) {
            NDArray weights = source.get(parameter.getName());
            if (weights == null) {
                if (parameter.getName().contains(".lora_")) {
                    continue;
                }
                throw new IllegalArgumentException("the pretrained model has no weight '" + parameter.getName() + "'");
            }
            if (!weights.getShape().equals(parameter.getArray().getShape())) {
                throw new IllegalArgumentException("pretrained weight '" + parameter.getName() + "' has shape "
                        + weights.getShape() + ", the predictor needs " + parameter.getArray().getShape());
            }
            parameter.getArray().set(weights.toByteBuffer());
        }
    }
}
