package org.molfuse.core.nn;

/**
 * Everything needed to rebuild a {@link GraphEncoder} (its parameters aside); a plain record that Jackson writes and
 * reads as a JSON object with exactly these fields.
 *
 * @param layerType       message-passing layer
 * @param hiddenSize      width of the atom states (at most {@link #MAX_NNCONV_HIDDEN} for NNConv)
 * @param depth           number of layers; for D-MPNN the number of message steps as chemprop counts them
 * @param readout         atoms-to-graph pooling
 * @param dropout         dropout rate in [0, 1) after each layer
 * @param atomFeatureSize width of the featurizer's atom vectors (133 for chemprop features)
 * @param bondFeatureSize width of the featurizer's bond vectors (14 for chemprop features)
 */
public record GraphEncoderConfig(
        LayerType layerType,
        int hiddenSize,
        int depth,
        ReadoutType readout,
        float dropout,
        int atomFeatureSize,
        int bondFeatureSize) {

    /** NNConv holds a hidden x hidden matrix per edge; beyond this a batch of drug-like molecules needs gigabytes. */
    public static final int MAX_NNCONV_HIDDEN = 128;

    public GraphEncoderConfig {
        if (layerType == null) {
            throw new IllegalArgumentException("layerType is missing; expected one of GCN, GIN, GINE, NNCONV, DMPNN");
        }
        if (readout == null) {
            throw new IllegalArgumentException("readout is missing; expected one of SUM, MEAN, MAX, ATTENTION, SET2SET");
        }
        if (hiddenSize <= 0) {
            throw new IllegalArgumentException("hiddenSize must be positive, got " + hiddenSize);
        }
        if (layerType == LayerType.NNCONV && hiddenSize > MAX_NNCONV_HIDDEN) {
            throw new IllegalArgumentException("hiddenSize " + hiddenSize + " is too large for NNCONV (at most "
                    + MAX_NNCONV_HIDDEN + "): every edge carries a hidden x hidden matrix");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (atomFeatureSize <= 0 || bondFeatureSize <= 0) {
            throw new IllegalArgumentException("atomFeatureSize and bondFeatureSize must be positive, got "
                    + atomFeatureSize + " and " + bondFeatureSize);
        }
    }

    /** Chemprop's defaults: D-MPNN, hidden 300, depth 3, mean readout, no dropout. */
    public static GraphEncoderConfig chemprop(int atomFeatureSize, int bondFeatureSize) {
        return new GraphEncoderConfig(LayerType.DMPNN, DmpnnLayer.DEFAULT_HIDDEN_SIZE, DmpnnLayer.DEFAULT_DEPTH,
                ReadoutType.MEAN, 0f, atomFeatureSize, bondFeatureSize);
    }

    /** Width of the encoder's graph vectors. */
    public int outputSize() {
        return readout.outputSize(hiddenSize);
    }
}
