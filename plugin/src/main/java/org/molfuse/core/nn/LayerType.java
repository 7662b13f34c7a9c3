package org.molfuse.core.nn;

/** The message-passing layers a {@link GraphEncoder} can stack. */
public enum LayerType {
    /** {@link GcnLayer}. */
    GCN,
    /** {@link GinLayer}. */
    GIN,
    /** {@link GineLayer}. */
    GINE,
    /** {@link NNConvLayer}, after a linear input projection. */
    NNCONV,
    /** {@link DmpnnLayer}, chemprop's directed bond message passing. */
    DMPNN
}
