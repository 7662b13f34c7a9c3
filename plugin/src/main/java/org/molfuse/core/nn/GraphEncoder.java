package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Objects;

/**
 * Molecule encoder in chemprop v2's shape: {@code readout(message_passing(graph))}. Input: a {@link GraphBatch} list;
 * output: graph vectors [B, {@link GraphEncoderConfig#outputSize()}]. Message passing is a {@link DmpnnLayer} or a
 * {@link MessagePassingStack}; the readout comes from {@link ReadoutType#create(int)}.
 *
 * <p>Every intermediate array attaches to the manager of the batch arrays, never the model's: build each batch with
 * {@link GraphBatch#toNDList} in a per-step sub-manager (or inside an {@code NDScope}) and close it after the step.
 * Initial weights come from DJL's initializers; seed them with {@code TorchRuntime.engine().setRandomSeed(seed)} before
 * {@code initialize}.
 */
public final class GraphEncoder extends AbstractBlock {

    private final GraphEncoderConfig config;
    private final Block messagePassing;
    private final Readout readout;

    public GraphEncoder(GraphEncoderConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        Block layers = config.layerType() == LayerType.DMPNN
                ? new DmpnnLayer(config.atomFeatureSize(), config.bondFeatureSize(), config.hiddenSize(),
                        config.depth(), config.dropout())
                : new MessagePassingStack(config.layerType(), config.atomFeatureSize(), config.bondFeatureSize(),
                        config.hiddenSize(), config.depth(), config.dropout());
        messagePassing = addChildBlock("message_passing", layers);
        readout = addChildBlock("readout", config.readout().create(config.hiddenSize()));
    }

    public GraphEncoderConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        GraphTensors graph = GraphTensors.of(inputs);
        NDArray atoms = messagePassing.forward(store, inputs, training).singletonOrThrow();
        return readout.forward(store, graph.withAtomStates(atoms).toNDList(), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        messagePassing.initialize(manager, dataType, inputShapes);
        Shape[] readoutShapes = inputShapes.clone();
        readoutShapes[GraphBatch.ATOM_FEATURES] = messagePassing.getOutputShapes(inputShapes)[0];
        readout.initialize(manager, dataType, readoutShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[GraphBatch.ATOM_TO_GRAPH].get(0), config.outputSize())};
    }
}
