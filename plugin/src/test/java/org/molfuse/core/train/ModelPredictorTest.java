package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.LambdaBlock;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.molfuse.core.train.VectorExamples.Example;

class ModelPredictorTest {

    private static final List<TaskKind> TASKS = List.of(TaskKind.REGRESSION, TaskKind.BINARY_CLASSIFICATION);
    // the identity block outputs its input, so the features are the raw outputs
    private static final List<Example> EXAMPLES = List.of(
            new Example(new float[] {1, 0}, new float[] {Float.NaN, Float.NaN}),
            new Example(new float[] {-2, 3}, new float[] {Float.NaN, Float.NaN}),
            new Example(new float[] {0.5f, -40}, new float[] {Float.NaN, Float.NaN}));

    @Test
    void deStandardizesRegressionAndTurnsLogitsIntoProbabilities() {
        TargetScaler scaler = new TargetScaler(new double[] {10, 0}, new double[] {2, 1});
        ModelPredictor predictor = new ModelPredictor(new LambdaBlock(inputs -> inputs), TASKS, scaler);
        try (NDManager manager = NDManager.newBaseManager()) {
            float[][] predictions = predictor.predict(manager, new VectorExamples.Source(), EXAMPLES, 2);
            // regression: raw * 2 + 10; classification: sigmoid(z) = 1 / (1 + e^-z)
            assertArrayEquals(new float[] {12f, 0.5f}, predictions[0], 1e-6f);
            assertArrayEquals(new float[] {6f, 0.95257413f}, predictions[1], 1e-6f); // sigmoid(3)
            assertArrayEquals(new float[] {11f, 4.2483541e-18f}, predictions[2], 1e-22f); // sigmoid(-40) = e^-40
            assertEquals(0, manager.getManagedArrays().size(), "every batch array was freed");
        }
    }

    @Test
    void stopsBeforeTheNextBatchWhenCancelled() {
        ModelPredictor predictor = new ModelPredictor(new LambdaBlock(inputs -> inputs), TASKS,
                TargetScaler.identity(2));
        VectorExamples.Source source = new VectorExamples.Source();
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThrows(CancellationException.class,
                    () -> predictor.predict(manager, source, EXAMPLES, 1, () -> source.batches.get() >= 2));
            assertEquals(2, source.batches.get());
        }
    }

    @Test
    void rejectsAScalerOfAnotherTaskCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ModelPredictor(new LambdaBlock(inputs -> inputs), TASKS, TargetScaler.identity(3)));
        assertEquals("the target scaler has 3 tasks but 2 task kinds were given", e.getMessage());
    }
}
