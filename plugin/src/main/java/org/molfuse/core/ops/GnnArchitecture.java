package org.molfuse.core.ops;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.molfuse.core.nn.FeedForwardHead;
import org.molfuse.core.nn.GraphEncoder;
import org.molfuse.core.nn.GraphEncoderConfig;
import org.molfuse.core.train.BlockFactory;

/**
 * A molecular property model as chemprop v2 composes it, {@code predictor(aggregate(message_passing(graph)))}: a
 * {@link GraphEncoder} followed by a {@link FeedForwardHead} with one output per task. Stored in a model bundle as
 * this record's JSON.
 *
 * @param encoder      message passing and readout
 * @param headHidden   width of the head's hidden layers
 * @param headLayers   number of hidden layers in the head (chemprop's ffn_num_layers minus one)
 * @param headDropout  dropout in the head, in [0, 1)
 * @param tasks        number of outputs
 */
public record GnnArchitecture(GraphEncoderConfig encoder, int headHidden, int headLayers, float headDropout,
        int tasks) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public GnnArchitecture {
        if (encoder == null) {
            throw new IllegalArgumentException("encoder is missing");
        }
        if (headHidden < 1 || headLayers < 0 || tasks < 1) {
            throw new IllegalArgumentException("head needs hidden >= 1, layers >= 0 and tasks >= 1, got hidden "
                    + headHidden + ", layers " + headLayers + ", tasks " + tasks);
        }
    }

    public Block build() {
        return new SequentialBlock()
                .add(new GraphEncoder(encoder))
                .add(new FeedForwardHead(encoder.outputSize(), headHidden, headLayers, headDropout, tasks));
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
