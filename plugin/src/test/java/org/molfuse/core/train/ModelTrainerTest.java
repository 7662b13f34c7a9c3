package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.molfuse.core.train.VectorExamples.Example;

class ModelTrainerTest {

    private static final List<TaskKind> ONE_REGRESSION = List.of(TaskKind.REGRESSION);

    /** y = x0 + x1 + x2 + x3, uniform inputs: std of y is sqrt(4/12) = 0.577. */
    private static final List<Example> SUM_TRAIN =
            VectorExamples.generate(400, 4, 1, x -> new float[] {VectorExamples.sum(x)});
    private static final List<Example> SUM_VALID =
            VectorExamples.generate(100, 4, 2, x -> new float[] {VectorExamples.sum(x)});

    /** A fast-learning configuration for the small synthetic tasks. */
    private static TrainingConfig fastConfig(int epochs) {
        return TrainingConfig.defaults().withEpochs(epochs).withBatchSize(32)
                .withLearningRate(LearningRateConfig.defaults().withRates(1e-3, 1e-2, 1e-3).withWarmupEpochs(1));
    }

    private static List<float[]> parameterValues(Block block) {
        List<float[]> values = new ArrayList<>();
        try (NDScope scope = new NDScope()) {
            for (Parameter parameter : block.getParameters().values()) {
                values.add(parameter.getArray().toFloatArray());
            }
        }
        return values;
    }

    @Test
    void learnsASumOfInputsToNearZeroValidationError() {
        VectorExamples.Source source = new VectorExamples.Source();
        Block block = VectorExamples.mlp(32, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = new ModelTrainer(fastConfig(40))
                    .train(block, manager, source, SUM_TRAIN, SUM_VALID, ONE_REGRESSION);
            assertEquals("rmse", result.metricName());
            assertEquals(40, result.history().size());
            assertFalse(result.stoppedEarly());
            // std of y is 0.577: an RMSE below 0.035 is within about 6 % of it
            assertTrue(result.bestMetric() < 0.035, "validation RMSE " + result.bestMetric());
            assertTrue(result.history().get(0).trainLoss() > 20 * result.history().get(39).trainLoss(),
                    "the training loss falls: " + result.history());
            double lowest = result.history().stream().mapToDouble(EpochRecord::validationMetric).min().orElseThrow();
            assertEquals(lowest, result.bestMetric(), 0);
            assertEquals(lowest, result.history().get(result.bestEpoch() - 1).validationMetric(), 0);
            // the block holds the best epoch's weights: predicting again reproduces its RMSE, computed here
            float[][] predictions = new ModelPredictor(block, ONE_REGRESSION, result.scaler())
                    .predict(manager, source, SUM_VALID, 50);
            assertEquals(result.bestMetric(), VectorExamples.rmse(SUM_VALID, predictions, 0), 1e-6);
            // the scaler was fitted on the training labels
            double mean = SUM_TRAIN.stream().mapToDouble(e -> e.labels()[0]).average().orElseThrow();
            assertEquals(mean, result.scaler().means()[0], 1e-5);
        }
    }

    @Test
    void trainsSeveralTasksWithManyMissingLabels() {
        // three regression tasks, 60 % of labels missing at random
        List<Example> train = VectorExamples.withMissingLabels(VectorExamples.generate(400, 4, 3,
                x -> new float[] {x[0] + x[1], 3 * x[2] - x[3], x[1] - 2 * x[3]}), 0.6, 4);
        List<Example> valid = VectorExamples.generate(100, 4, 5,
                x -> new float[] {x[0] + x[1], 3 * x[2] - x[3], x[1] - 2 * x[3]});
        List<TaskKind> tasks = List.of(TaskKind.REGRESSION, TaskKind.REGRESSION, TaskKind.REGRESSION);
        VectorExamples.Source source = new VectorExamples.Source();
        Block block = VectorExamples.mlp(32, 3);
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = new ModelTrainer(fastConfig(40))
                    .train(block, manager, source, train, valid, tasks);
            float[][] predictions = new ModelPredictor(block, tasks, result.scaler()).predict(manager, source, valid, 64);
            // label std of uniform sums: sqrt(2/12) = 0.41, sqrt(10/12) = 0.91, sqrt(5/12) = 0.65; predicting the
            // mean would give an RMSE of one std, the trained model stays below a tenth of it
            double[] labelStd = {Math.sqrt(2.0 / 12), Math.sqrt(10.0 / 12), Math.sqrt(5.0 / 12)};
            for (int task = 0; task < 3; task++) {
                double rmse = VectorExamples.rmse(valid, predictions, task);
                assertTrue(rmse < 0.1 * labelStd[task], "task " + task + " RMSE " + rmse);
            }

            // the masked loss on the model's training outputs equals the mean squared error over present labels,
            // computed here in Java on the standardized labels
            float[][] scaled = result.scaler().transform(source.labels(train));
            try (NDScope scope = new NDScope()) {
                NDArray outputs = block.forward(new ParameterStore(manager, false), source.inputs(train, manager),
                        false).head();
                float[] flat = outputs.toFloatArray();
                double squares = 0;
                int present = 0;
                for (int row = 0; row < train.size(); row++) {
                    for (int task = 0; task < 3; task++) {
                        if (!Float.isNaN(scaled[row][task])) {
                            double error = flat[row * 3 + task] - scaled[row][task];
                            squares += error * error;
                            present++;
                        }
                    }
                }
                assertTrue(present > 400 && present < 560, "about 40 % of 1200 labels are present: " + present);
                float loss = new MaskedMultiTaskLoss(tasks).evaluate(outputs, scaled).getFloat();
                assertEquals(squares / present, loss, 1e-6);
            }
        }
    }

    @Test
    void trainsBinaryClassificationTasksWithMissingLabels() {
        List<Example> train = VectorExamples.withMissingLabels(VectorExamples.generate(400, 4, 6,
                x -> new float[] {x[0] > 0.5f ? 1 : 0, x[1] + x[2] > 1 ? 1 : 0}), 0.5, 7);
        List<Example> valid = VectorExamples.generate(100, 4, 8,
                x -> new float[] {x[0] > 0.5f ? 1 : 0, x[1] + x[2] > 1 ? 1 : 0});
        List<TaskKind> tasks = List.of(TaskKind.BINARY_CLASSIFICATION, TaskKind.BINARY_CLASSIFICATION);
        VectorExamples.Source source = new VectorExamples.Source();
        Block block = VectorExamples.mlp(32, 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = new ModelTrainer(fastConfig(30))
                    .train(block, manager, source, train, valid, tasks);
            assertEquals("roc_auc", result.metricName());
            assertTrue(result.bestMetric() > 0.97, "ROC AUC " + result.bestMetric());
            float[][] probabilities = new ModelPredictor(block, tasks, result.scaler())
                    .predict(manager, source, valid, 64);
            for (float[] row : probabilities) {
                assertTrue(row[0] >= 0 && row[0] <= 1 && row[1] >= 0 && row[1] <= 1);
            }
        }
    }

    private static TrainingResult trainWithDropout(int seed, NDManager manager, Block block) {
        return new ModelTrainer(fastConfig(5).withSeed(seed)).train(block, manager, new VectorExamples.Source(),
                SUM_TRAIN, SUM_VALID, ONE_REGRESSION);
    }

    @Test
    void theSameSeedGivesIdenticalWeightsAndMetrics() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block first = VectorExamples.mlpWithDropout(16, 1, 0.2f);
            Block second = VectorExamples.mlpWithDropout(16, 1, 0.2f);
            Block other = VectorExamples.mlpWithDropout(16, 1, 0.2f);
            TrainingResult firstResult = trainWithDropout(11, manager, first);
            TrainingResult secondResult = trainWithDropout(11, manager, second);
            TrainingResult otherResult = trainWithDropout(12, manager, other);
            List<float[]> firstWeights = parameterValues(first);
            List<float[]> secondWeights = parameterValues(second);
            List<float[]> otherWeights = parameterValues(other);
            for (int i = 0; i < firstWeights.size(); i++) {
                assertArrayEquals(firstWeights.get(i), secondWeights.get(i), 0f, "parameter " + i);
            }
            for (int epoch = 0; epoch < 5; epoch++) {
                assertEquals(firstResult.history().get(epoch).trainLoss(),
                        secondResult.history().get(epoch).trainLoss(), 0);
                assertEquals(firstResult.history().get(epoch).validationMetric(),
                        secondResult.history().get(epoch).validationMetric(), 0);
            }
            assertFalse(java.util.Arrays.equals(firstWeights.get(0), otherWeights.get(0)),
                    "another seed gives other weights");
            assertNotEquals(firstResult.history().get(4).validationMetric(),
                    otherResult.history().get(4).validationMetric());
        }
    }

    @Test
    void cancellationStopsBeforeTheNextBatch() {
        VectorExamples.Source source = new VectorExamples.Source();
        // 400 examples in batches of 32 = 13 batches per epoch; the 1st inputs call is the shape probe
        ModelTrainer trainer = new ModelTrainer(fastConfig(3), TrainingListener.NONE,
                () -> source.batches.get() >= 5);
        try (NDManager manager = NDManager.newBaseManager()) {
            CancellationException e = assertThrows(CancellationException.class,
                    () -> trainer.train(VectorExamples.mlp(8, 1), manager, source, SUM_TRAIN, SUM_VALID,
                            ONE_REGRESSION));
            assertEquals(5, source.batches.get(), "no batch was built after the request");
            // probe + batches 1..4 were built, so the request was seen before batch 5
            assertEquals("training cancelled in epoch 1 before batch 5 of 13", e.getMessage());
        }
    }

    @Test
    void cancellationFromTheListenerStopsAtTheFirstBatchOfTheNextEpoch() {
        VectorExamples.Source source = new VectorExamples.Source();
        AtomicBoolean cancel = new AtomicBoolean();
        ModelTrainer trainer = new ModelTrainer(fastConfig(3), record -> cancel.set(true), cancel::get);
        try (NDManager manager = NDManager.newBaseManager()) {
            CancellationException e = assertThrows(CancellationException.class,
                    () -> trainer.train(VectorExamples.mlp(8, 1), manager, source, SUM_TRAIN, SUM_VALID,
                            ONE_REGRESSION));
            // probe 1 + 13 training batches + 100 validation examples in batches of 32 = 4 -> 18
            assertEquals(18, source.batches.get());
            assertEquals("training cancelled in epoch 2 before batch 1 of 13", e.getMessage());
        }
    }

    @Test
    void earlyStoppingEndsPatienceEpochsAfterTheBestAndRestoresIt() {
        // the validation labels are the negated sum: the better the model fits training, the worse validation gets
        List<Example> flipped = VectorExamples.generate(100, 4, 2, x -> new float[] {-VectorExamples.sum(x)});
        VectorExamples.Source source = new VectorExamples.Source();
        Block block = VectorExamples.mlp(16, 1);
        List<EpochRecord> seen = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = new ModelTrainer(fastConfig(30).withEarlyStoppingPatience(3), seen::add,
                    () -> false).train(block, manager, source, SUM_TRAIN, flipped, ONE_REGRESSION);
            assertTrue(result.stoppedEarly());
            assertEquals(result.bestEpoch() + 3, result.history().size());
            assertEquals(result.history(), seen, "the listener saw every epoch");
            for (EpochRecord record : result.history()) {
                if (record.epoch() != result.bestEpoch()) {
                    assertTrue(record.validationMetric() > result.bestMetric());
                }
            }
            float[][] predictions = new ModelPredictor(block, ONE_REGRESSION, result.scaler())
                    .predict(manager, source, flipped, 50);
            assertEquals(result.bestMetric(), VectorExamples.rmse(flipped, predictions, 0), 1e-6,
                    "the best epoch's weights were restored");
            assertNotEquals(result.history().size(), result.bestEpoch());
        }
    }

    @Test
    void nativeArraysDoNotAccumulateAcrossEpochs() {
        // Measure: NDManager.getManagedArrays() lists every open array attached to a manager and, recursively, to
        // its sub-managers. All training arrays hang below the manager given to train(), so a leak of even one
        // array per batch shows up as a growing count from epoch to epoch.
        Block block = VectorExamples.mlp(16, 1);
        List<Integer> counts = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            NDManager nested = manager.newSubManager();
            nested.create(new float[] {1});
            assertEquals(1, manager.getManagedArrays().size(), "the measure sees arrays of sub-managers");
            nested.close();
            TrainingResult result = new ModelTrainer(fastConfig(6).withEarlyStoppingPatience(0),
                    record -> counts.add(manager.getManagedArrays().size()), () -> false)
                    .train(block, manager, new VectorExamples.Source(), SUM_TRAIN, SUM_VALID, ONE_REGRESSION);
            int parameters = block.getParameters().size();
            assertEquals(4, parameters);
            assertEquals(List.of(parameters, parameters, parameters, parameters, parameters, parameters), counts,
                    "only the 4 parameter arrays stay open after each epoch");
            assertEquals(parameters, manager.getManagedArrays().size(), "and after training (best epoch "
                    + result.bestEpoch() + ")");
        }
    }

    @Test
    void aFreshRunOnALoadedOrTrainedBlockKeepsTraining() {
        VectorExamples.Source source = new VectorExamples.Source();
        Block block = VectorExamples.mlp(16, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult first = new ModelTrainer(fastConfig(3)).train(block, manager, source, SUM_TRAIN,
                    SUM_VALID, ONE_REGRESSION);
            TrainingResult second = new ModelTrainer(fastConfig(15)).train(block, manager, source, SUM_TRAIN,
                    SUM_VALID, ONE_REGRESSION);
            assertTrue(second.bestMetric() < first.bestMetric(), first.bestMetric() + " -> " + second.bestMetric());
        }
    }

    @Test
    void theFirstOptimizerStepUsesTheScheduleRateOfStepZero() {
        // one batch per epoch, Noam with 1 warm-up epoch over 2 epochs: rate(0) = initLr = 1e-4, rate(1) = 1e-3.
        // Adam's first step moves every weight by lr * m / sqrt(v) with bias correction = lr * sign(gradient), so
        // each weight changes by exactly the step-0 rate (up to epsilon 1e-8 against |gradient|).
        List<Example> train = SUM_TRAIN.subList(0, 10);
        TrainingConfig config = TrainingConfig.defaults().withEpochs(2).withBatchSize(10)
                .withLearningRate(LearningRateConfig.defaults().withWarmupEpochs(1));
        Block block = ai.djl.nn.core.Linear.builder().setUnits(1).build();
        List<List<float[]>> afterEpoch = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            ai.djl.engine.Engine.getInstance().setRandomSeed(9);
            block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, new ai.djl.ndarray.types.Shape(10, 4));
            List<float[]> initial = parameterValues(block);
            TrainingResult result = new ModelTrainer(config, record -> afterEpoch.add(parameterValues(block)),
                    () -> false).train(block, manager, new VectorExamples.Source(), train, List.of(), ONE_REGRESSION);
            for (int p = 0; p < initial.size(); p++) {
                for (int i = 0; i < initial.get(p).length; i++) {
                    assertEquals(1e-4, Math.abs(afterEpoch.get(0).get(p)[i] - initial.get(p)[i]), 2e-7,
                            "parameter " + p + " element " + i);
                }
            }
            assertEquals(1e-4, result.history().get(0).learningRate(), 1e-12);
            assertEquals(1e-3, result.history().get(1).learningRate(), 1e-12);
        }
    }

    @ParameterizedTest
    @CsvSource({"COSINE, ADAM, 0", "CONSTANT, ADAMW, 0", "PLATEAU, ADAM, 0.5", "NOAM, ADAMW, 1.0"})
    void everyScheduleAndOptimizerTrains(ScheduleKind schedule, OptimizerKind optimizer, double clipNorm) {
        TrainingConfig config = fastConfig(15).withOptimizer(optimizer, 1e-4).withGradientClipNorm(clipNorm)
                .withLearningRate(fastConfig(15).learningRate().withSchedule(schedule));
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = new ModelTrainer(config).train(VectorExamples.mlp(16, 1), manager,
                    new VectorExamples.Source(), SUM_TRAIN, SUM_VALID, ONE_REGRESSION);
            // predicting the mean gives an RMSE of 0.577
            assertTrue(result.bestMetric() < 0.1, schedule + " " + optimizer + ": RMSE " + result.bestMetric());
        }
    }

    @Test
    void badLabelsAreReportedWithTheirExampleAndTask() {
        List<Example> train = List.of(new Example(new float[] {0, 1}, new float[] {1, 0.5f}));
        List<TaskKind> tasks = List.of(TaskKind.BINARY_CLASSIFICATION, TaskKind.BINARY_CLASSIFICATION);
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelTrainer trainer = new ModelTrainer(fastConfig(2));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer.train(
                    VectorExamples.mlp(4, 2), manager, new VectorExamples.Source(), train, List.of(), tasks));
            assertEquals("training example 0, task 1 (binary classification): label 0.5 is not 0 or 1",
                    e.getMessage());
            List<Example> infinite = List.of(new Example(new float[] {0, 1}, new float[] {Float.POSITIVE_INFINITY}));
            e = assertThrows(IllegalArgumentException.class, () -> trainer.train(VectorExamples.mlp(4, 1), manager,
                    new VectorExamples.Source(), train.subList(0, 0), infinite, ONE_REGRESSION));
            assertEquals("there are no training examples", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> trainer.train(VectorExamples.mlp(4, 1), manager,
                    new VectorExamples.Source(), SUM_TRAIN, infinite, ONE_REGRESSION));
            assertEquals("validation example 0, task 0: label Infinity is not finite (use NaN for a missing label)",
                    e.getMessage());
        }
    }

    @Test
    void withoutValidationTheLastEpochIsKept() {
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingResult result = new ModelTrainer(fastConfig(2).withEarlyStoppingPatience(1)).train(
                    VectorExamples.mlp(4, 1), manager, new VectorExamples.Source(), SUM_TRAIN, List.of(),
                    ONE_REGRESSION);
            assertEquals(2, result.history().size());
            assertEquals(2, result.bestEpoch());
            assertTrue(Double.isNaN(result.bestMetric()));
            assertTrue(Double.isNaN(result.history().get(0).validationMetric()));
        }
    }

    @Test
    void theModelOutputMustHaveOneColumnPerTask() {
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelTrainer(
                    fastConfig(2)).train(VectorExamples.mlp(4, 2), manager, new VectorExamples.Source(), SUM_TRAIN,
                    SUM_VALID, ONE_REGRESSION));
            assertEquals("the model output has shape (32, 2) but (32, 1) was expected: one row per example and one "
                    + "column per task", e.getMessage());
        }
    }
}
