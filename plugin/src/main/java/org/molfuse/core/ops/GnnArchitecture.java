package org.molfuse.core.ops;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.molfuse.core.nn.FeedForwardHead;
import org.molfuse.core.nn.GraphEncoder;
import org.molfuse.core.nn.GraphEncoderConfig;
import org.molfuse.core.nn.ModelEnsemble;
import org.molfuse.core.nn.MoleculeFeatureJoin;
import org.molfuse.core.train.BlockFactory;

/**
 * A molecular property model as chemprop v2 composes it, {@code predictor(aggregate(message_passing(graph)))}: a
 * {@link GraphEncoder}, its graph vector joined to whole-molecule features if there are any
 * ({@link MoleculeFeatureJoin}), then a {@link FeedForwardHead} with one output per task; with an ensemble size above
 * 1, a {@link ModelEnsemble} of that many such models. Stored in a model bundle as this record's JSON.
 *
 * @param encoder      message passing and readout
 * @param moleculeFeatureSize number of whole-molecule features joined to the graph vector; 0 for none
 * @param headHidden   width of the head's hidden layers
 * @param headLayers   number of hidden layers in the head (chemprop's ffn_num_layers minus one)
 * @param headDropout  dropout in the head, in [0, 1)
 * @param tasks        number of outputs
 * @param ensembleSize number of models whose outputs are averaged; 1 for one model
 */
public record GnnArchitecture(GraphEncoderConfig encoder, int moleculeFeatureSize, int headHidden, int headLayers,
        float headDropout, int tasks, int ensembleSize) {

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
        // bundles written before ensembles existed have no ensemble size
        ensembleSize = ensembleSize == 0 ? 1 : ensembleSize;
        if (ensembleSize < 1) {
            throw new IllegalArgumentException("ensemble size must be at least 1, got " + ensembleSize);
        }
    }

    /** Width of one model's head input: the graph vector and the molecule features. */
    public int headInputSize() {
        return encoder.outputSize() + moleculeFeatureSize;
    }

    /** Width of the embedding prediction can output: every member's head input, one after the other. */
    public int embeddingSize() {
        return headInputSize() * ensembleSize;
    }

    /** The model: one member, or a {@link ModelEnsemble} of {@link #ensembleSize()} members. */
    public Block build() {
        if (ensembleSize == 1) {
            return member();
        }
        List<Block> members = new ArrayList<>(ensembleSize);
        for (int i = 0; i < ensembleSize; i++) {
            members.add(member());
        }
        return new ModelEnsemble(members);
    }

    /** The single models of a block {@link #build()} made, each of which trains on its own. */
    public static List<Block> members(Block model) {
        return model instanceof ModelEnsemble ensemble ? ensemble.members() : List.of(model);
    }

    /** The part of a member that maps a batch to its head's input, the embedding. */
    public static Block embedding(Block member) {
        return member.getChildren().get(0).getValue();
    }

    private Block member() {
        GraphEncoder graphEncoder = new GraphEncoder(encoder);
        return new SequentialBlock()
                .add(moleculeFeatureSize == 0 ? graphEncoder : new MoleculeFeatureJoin(graphEncoder,
                        moleculeFeatureSize))
                .add(new FeedForwardHead(headInputSize(), headHidden, headLayers, headDropout, tasks));
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
