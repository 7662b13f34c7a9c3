package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import org.junit.jupiter.api.Test;

/**
 * The sparse matrices keep their indices through garbage collections. With DJL's own {@code createCoo} this test fails:
 * the collector frees the index buffer and {@code matMul} reports "index out of row bound".
 */
class SparseCooTest {

    @Test
    void matrixSurvivesGarbageCollection() throws InterruptedException {
        int n = 2000;
        long[] rows = new long[n];
        long[] columns = new long[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            columns[i] = (7L * i) % n; // 7 and 2000 are coprime: a permutation
            values[i] = 1f + i;
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray matrix = SparseCoo.create(manager, values, rows, columns, new Shape(n, n));
            assertEquals(SparseFormat.COO, matrix.getSparseFormat());
            for (int round = 0; round < 3; round++) {
                System.gc();
                Thread.sleep(20); // lets the cleaner thread free unreachable direct buffers
            }
            // row i holds values[i] once, so times a column of ones it gives values back
            assertArrayEquals(values, matrix.matMul(manager.ones(new Shape(n, 1))).toFloatArray());
        }
    }
}
