package org.molfuse.core.nn;

/** The readouts a {@link GraphEncoder} can end with. */
public enum ReadoutType {
    SUM,
    MEAN,
    MAX,
    ATTENTION,
    /** {@link Set2SetReadout} with {@link Set2SetReadout#DEFAULT_STEPS} steps; doubles the width. */
    SET2SET;

    /** A new readout over atom states of the given width. */
    public Readout create(int hiddenSize) {
        switch (this) {
            case SUM:
                return new SumReadout(hiddenSize);
            case MEAN:
                return new MeanReadout(hiddenSize);
            case MAX:
                return new MaxReadout(hiddenSize);
            case ATTENTION:
                return new AttentionReadout(hiddenSize);
            case SET2SET:
                return new Set2SetReadout(hiddenSize, Set2SetReadout.DEFAULT_STEPS);
            default:
                throw new IllegalArgumentException("unknown readout " + this);
        }
    }

    /** Width of the graph vector for atom states of the given width. */
    public int outputSize(int hiddenSize) {
        return this == SET2SET ? 2 * hiddenSize : hiddenSize;
    }
}
