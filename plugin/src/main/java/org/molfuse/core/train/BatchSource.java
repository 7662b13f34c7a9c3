package org.molfuse.core.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * Turns examples into what a model reads: the input arrays of one batch, and the label matrix. This is the only place
 * that knows what an example is (a molecule graph, a fingerprint, a token sequence), so training works for any Block.
 *
 * @param <E> the example type
 */
public interface BatchSource<E> {

    /**
     * The model inputs for these examples, in their order, created with {@code manager} (the caller closes it after
     * the batch). The model's first output must be [examples x tasks].
     */
    NDList inputs(List<E> examples, NDManager manager);

    /** The labels of these examples, [examples x tasks], NaN for a missing label. */
    float[][] labels(List<E> examples);

    /** The label rows of examples that carry their own. */
    static <E> float[][] labelRows(List<E> examples, java.util.function.Function<E, float[]> labels) {
        float[][] rows = new float[examples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = labels.apply(examples.get(i));
        }
        return rows;
    }
}
