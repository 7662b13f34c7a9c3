package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskedMultiTaskLossTest {

    private static final float NAN = Float.NaN;
    private static final List<TaskKind> MIXED = List.of(TaskKind.REGRESSION, TaskKind.BINARY_CLASSIFICATION);

    // outputs [3 x 2]: column 0 regression, column 1 classification logits
    private static final float[] OUTPUTS = {1.0f, 0.0f, 2.0f, 2.0f, 0.5f, -1.0f};
    private static final float[][] LABELS = {{0.5f, 1}, {NAN, 0}, {1.5f, NAN}};

    @Test
    void averagesOverPresentLabelsOnly() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray outputs = manager.create(OUTPUTS, new Shape(3, 2));
            float loss = new MaskedMultiTaskLoss(MIXED).evaluate(outputs, LABELS).getFloat();
            // present labels:
            //   (0,0) regression (1.0 - 0.5)^2 = 0.25
            //   (0,1) logit 0, label 1: log(1 + e^0) = ln 2 = 0.6931472
            //   (1,1) logit 2, label 0: 2 + ln(1 + e^-2) = 2 + 0.1269280 = 2.1269280
            //   (2,0) regression (0.5 - 1.5)^2 = 1.0
            // mean over 4 present labels: (0.25 + 0.6931472 + 2.1269280 + 1.0) / 4 = 1.0175188
            assertEquals(1.0175188f, loss, 1e-6f);
        }
    }

    @Test
    void missingLabelsGetNoGradient() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray outputs = manager.create(OUTPUTS, new Shape(3, 2));
            outputs.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(new MaskedMultiTaskLoss(MIXED).evaluate(outputs, LABELS));
            }
            // d/dp of (p - y)^2 / 4 = (p - y) / 2;  d/dz of the cross-entropy / 4 = (sigmoid(z) - y) / 4
            //   (0,0): (1.0 - 0.5) / 2 = 0.25       (0,1): (0.5 - 1) / 4 = -0.125
            //   (1,0): missing -> 0                  (1,1): sigmoid(2) / 4 = 0.8807971 / 4 = 0.2201993
            //   (2,0): (0.5 - 1.5) / 2 = -0.5        (2,1): missing -> 0
            assertArrayEquals(new float[] {0.25f, -0.125f, 0f, 0.2201993f, -0.5f, 0f},
                    outputs.getGradient().toFloatArray(), 1e-6f);
        }
    }

    /** The zero of max(z, 0) must not live in memory a garbage collection between forward and backward frees. */
    @Test
    void theGradientDoesNotDependOnWhenTheGarbageCollectorRuns() throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            try (NDManager manager = NDManager.newBaseManager()) {
                NDArray outputs = manager.create(OUTPUTS, new Shape(3, 2));
                outputs.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray loss = new MaskedMultiTaskLoss(MIXED).evaluate(outputs, LABELS);
                    for (int collection = 0; collection < 3; collection++) {
                        System.gc();
                        Thread.sleep(20); // lets the cleaner thread free unreachable direct buffers
                    }
                    collector.backward(loss);
                }
                // the hand-derived gradient of missingLabelsGetNoGradient
                assertArrayEquals(new float[] {0.25f, -0.125f, 0f, 0.2201993f, -0.5f, 0f},
                        outputs.getGradient().toFloatArray(), 1e-6f);
            }
        }
    }

    @Test
    void crossEntropyStaysFiniteForLargeLogits() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = manager.create(new float[] {100f, -100f, 100f}, new Shape(3, 1));
            float loss = new MaskedMultiTaskLoss(List.of(TaskKind.BINARY_CLASSIFICATION))
                    .evaluate(logits, new float[][] {{0}, {0}, {1}}).getFloat();
            // logit 100, label 0: 100 + ln(1 + e^-100) = 100; logit -100, label 0: ln(1 + e^-100) = 0 (to float);
            // logit 100, label 1: 100 - 100 + ln(1 + e^-100) = 0. Mean = 100 / 3. The naive form log(sigmoid(z)) gives
            // log(0) = -inf for the first one.
            assertEquals(100f / 3, loss, 1e-4f);
        }
    }

    @Test
    void aBatchWithoutLabelsHasLossZero() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray outputs = manager.create(new float[] {3f, 4f}, new Shape(1, 2));
            assertEquals(0f, new MaskedMultiTaskLoss(MIXED).evaluate(outputs, new float[][] {{NAN, NAN}})
                    .getFloat(), 0f);
        }
    }

    @Test
    void rejectsAnOutputOfTheWrongShape() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray outputs = manager.create(new float[] {1, 2, 3}, new Shape(1, 3));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new MaskedMultiTaskLoss(MIXED).evaluate(outputs, new float[][] {{1, 0}}));
            assertEquals("the model output has shape (1, 3) but (1, 2) was expected: one row per example and one "
                    + "column per task", e.getMessage());
        }
    }
}
