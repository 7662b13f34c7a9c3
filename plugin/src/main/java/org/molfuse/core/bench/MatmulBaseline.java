package org.molfuse.core.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;

/**
 * The FLOPs per second of a plain matrix product on PyTorch, at the thread count PyTorch is set to: the same-run
 * baseline that speed figures are divided by, because shared machines differ and drift, and because the matrix
 * library PyTorch ships reaches a different share of each CPU's peak.
 */
public final class MatmulBaseline {

    private MatmulBaseline() {
    }

    /** FLOPs per second of [m x k] x [k x n] products, over at least half a second after a warm-up. */
    public static double flopsPerSecond(NDManager manager, int m, int k, int n) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray a = scope.randomNormal(new Shape(m, k));
            NDArray b = scope.randomNormal(new Shape(k, n));
            for (int i = 0; i < 3; i++) {
                try (NDScope step = new NDScope()) {
                    a.dot(b);
                }
            }
            long start = System.nanoTime();
            long products = 0;
            while (System.nanoTime() - start < 500_000_000L || products < 5) {
                try (NDScope step = new NDScope()) {
                    a.dot(b);
                }
                products++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return 2.0 * m * k * n * products / seconds;
        }
    }
}
