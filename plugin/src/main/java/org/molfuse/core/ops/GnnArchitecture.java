package org.molfuse.core.ops;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.molfuse.core.nn.FeedForwardHead;
import org.molfuse.core.nn.GraphEncoder;
import org.molfuse.core.nn.GraphEncoderConfig;
import org.molfuse.core.nn.MoleculeFeatureJoin;
import org.molfuse.core.train.BlockFactory;

/**
 * A molecular property model as chemprop v2 composes it, {@code predictor(aggregate(message_passing(graph)))}: a
 * {@link GraphEncoder}, its graph vector joined to whole-molecule features if there are any
 * ({@link MoleculeFeatureJoin}), then a {@link FeedForwardHead} with one output per task. Stored in a model bundle as
 * this record's JSON.
 *
 * @param encoder      message passing and readout
 * @param moleculeFeatureSize number of whole-molecule features joined to the graph vector; 0 for none
 * @param headHidden   width of the head's hidden layers
 * @param headLayers   number of hidden layers in the head (chemprop's ffn_num_layers minus one)
 * @param headDropout  dropout in the head, in [0, 1)
 * @param tasks        number of outputs
 */
public record GnnArchitecture(GraphEncoderConfig encoder, int moleculeFeatureSize, int headHidden, int headLayers,
        float headDropout, int tasks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public GnnArchitecture {
        if (encoder == null) {
            throw new IllegalArgumentException("encoder is missing");
        }
        if (moleculeFeatureSize < 0) {
            throw new IllegalArgumentException("molecule feature size must not be negative, got "
                    + moleculeFeatureSize);
        }
        if (headHidden < 1 || headLayers < 0 || tasks < 1) {
            throw new IllegalArgumentException("head needs hidden >= 1, layers >= 0 and tasks >= 1, got hidden "
                    + headHidden + ", layers " + headLayers + ", tasks " + tasks);
        }
    }

    /** Width of the head's input: the graph vector and the molecule features. */
    public int embeddingSize() {
        return encoder.outputSize() + moleculeFeatureSize;
    }

    /** The model; its first child maps a batch to the head's input, the embedding prediction can output. */
    public Block build() {
        GraphEncoder graphEncoder = new GraphEncoder(encoder);
        return new SequentialBlock()
                .add(moleculeFeatureSize == 0 ? graphEncoder : new MoleculeFeatureJoin(graphEncoder,
                        moleculeFeatureSize))
                .add(new FeedForwardHead(embeddingSize(), headHidden, headLayers, headDropout, tasks));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the architecture as JSON", e);
        }
    }

    public static GnnArchitecture fromJson(String json) {
        try {
            return JSON.readValue(json, GnnArchitecture.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a graph model architecture: " + e.getOriginalMessage(), e);
        }
    }

    /** Rebuilds the block of a stored bundle. */
    public static BlockFactory factory() {
        return json -> fromJson(json).build();
    }
}
