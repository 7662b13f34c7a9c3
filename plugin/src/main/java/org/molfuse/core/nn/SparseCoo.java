package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Sparse COO matrices whose memory belongs to libtorch.
 *
 * <p>DJL 0.36's {@code NDManager.createCoo} wraps Java direct buffers in tensors without copying and then drops the
 * buffers, so the first garbage collection frees the indices under the sparse tensor (a later {@code matMul} fails
 * with "index out of row bound" or reads garbage). Here the index and value arrays are cloned into libtorch-owned
 * tensors while their buffers are still held, and the sparse tensor is built from the clones. This ties the package to
 * the PyTorch engine, the only engine the core ships.
 */
final class SparseCoo {

    private SparseCoo() {
    }

    /** A [rows x columns] matrix with {@code values[k]} at ({@code rowIndex[k]}, {@code columnIndex[k]}). */
    static NDArray create(NDManager manager, float[] values, long[] rowIndex, long[] columnIndex, Shape shape) {
        try (NDArray indices = manager.create(new long[][] {rowIndex, columnIndex});
                NDArray data = manager.create(values);
                NDArray ownedIndices = indices.duplicate();
                NDArray ownedData = data.duplicate()) {
            return JniUtils.createSparseCoo((PtNDArray) ownedIndices, (PtNDArray) ownedData, shape);
        }
    }
}
