package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.molfuse.core.data.TaskType;
import org.molfuse.core.eval.Metric;

class TrainingConfigTest {

    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults();

    private static String message(Executable executable) {
        return assertThrows(IllegalArgumentException.class, executable).getMessage();
    }

    @Test
    void defaultsFollowChempropV1() {
        assertEquals(30, DEFAULTS.epochs());
        assertEquals(50, DEFAULTS.batchSize());
        assertEquals(OptimizerKind.ADAM, DEFAULTS.optimizer());
        assertEquals(0.0, DEFAULTS.weightDecay());
        assertEquals(new LearningRateConfig(ScheduleKind.NOAM, 1e-4, 1e-3, 1e-4, 2.0, 0.5, 3),
                DEFAULTS.learningRate());
        assertEquals(0.0, DEFAULTS.gradientClipNorm());
        assertEquals(0, DEFAULTS.earlyStoppingPatience());
        assertNull(DEFAULTS.validationMetric());
        assertEquals(1, DEFAULTS.threads());
    }

    @Test
    void badValuesNameTheirSetting() {
        assertEquals("epochs must be at least 1, got 0", message(() -> DEFAULTS.withEpochs(0)));
        assertEquals("batchSize must be at least 1, got -5", message(() -> DEFAULTS.withBatchSize(-5)));
        assertEquals("weightDecay must be a finite number >= 0, got NaN",
                message(() -> DEFAULTS.withOptimizer(OptimizerKind.ADAMW, Double.NaN)));
        assertEquals("gradientClipNorm must be a finite number >= 0 (0 = no clipping), got -1.0",
                message(() -> DEFAULTS.withGradientClipNorm(-1)));
        assertEquals("earlyStoppingPatience must be >= 0 (0 = no early stopping), got -2",
                message(() -> DEFAULTS.withEarlyStoppingPatience(-2)));
        assertEquals("threads must be at least 1, got 0", message(() -> DEFAULTS.withThreads(0)));
        assertTrue(message(() -> DEFAULTS.withValidationMetric("accuracyy"))
                .startsWith("validationMetric: unknown metric 'accuracyy'; valid metrics: rmse, mae"));
        assertTrue(message(() -> DEFAULTS.withValidationMetric("mrr"))
                .startsWith("validationMetric 'mrr' is not computed per task"));
        assertEquals("learningRate.maxLr must be a positive finite number, got 0.0",
                message(() -> LearningRateConfig.defaults().withRates(1e-4, 0, 1e-4)));
        assertEquals("learningRate.plateauFactor must be between 0 and 1 (exclusive), got 1.5",
                message(() -> LearningRateConfig.defaults().withPlateau(1.5, 2)));
        assertEquals("learningRate.plateauPatience must be at least 1 epoch, got 0",
                message(() -> LearningRateConfig.defaults().withPlateau(0.5, 0)));
        assertEquals("learningRate.warmupEpochs must be a finite number >= 0, got -1.0",
                message(() -> LearningRateConfig.defaults().withWarmupEpochs(-1)));
        assertEquals("unknown optimizer 'sgd'; valid optimizers: adam, adamw",
                message(() -> OptimizerKind.parse("sgd")));
        assertEquals("unknown learning-rate schedule 'step'; valid schedules: noam, cosine, constant, plateau",
                message(() -> ScheduleKind.parse("step")));
    }

    @Test
    void theValidationMetricDefaultsByTaskKindAndMustScoreEveryTask() {
        List<TaskKind> regression = List.of(TaskKind.REGRESSION, TaskKind.REGRESSION);
        List<TaskKind> classification = List.of(TaskKind.BINARY_CLASSIFICATION);
        assertEquals(Metric.RMSE, DEFAULTS.validationMetricFor(regression));
        assertEquals(Metric.ROC_AUC, DEFAULTS.validationMetricFor(classification));
        assertEquals(Metric.R2, DEFAULTS.withValidationMetric(" R2 ").validationMetricFor(regression));
        assertEquals("r2", DEFAULTS.withValidationMetric(" R2 ").validationMetric());
        assertEquals("validationMetric 'roc_auc' scores classification tasks, but task 0 is regression; train "
                + "regression and classification tasks separately or choose a metric for this kind",
                message(() -> DEFAULTS.withValidationMetric("roc_auc").validationMetricFor(regression)));
        assertTrue(message(() -> DEFAULTS.validationMetricFor(
                List.of(TaskKind.REGRESSION, TaskKind.BINARY_CLASSIFICATION))).contains("task 1 is binary"));
    }

    @Test
    void namesParseInAnyCase() {
        assertEquals(OptimizerKind.ADAMW, OptimizerKind.parse(" AdamW"));
        assertEquals(ScheduleKind.PLATEAU, ScheduleKind.parse("plateau"));
        assertEquals(TaskKind.REGRESSION, TaskKind.of(TaskType.REGRESSION));
        assertEquals(TaskKind.BINARY_CLASSIFICATION, TaskKind.of(TaskType.CLASSIFICATION));
    }

    @Test
    void fewerEpochsThanTheWarmUpShortenTheWarmUpToTheWholeRun() {
        assertEquals(2.0, DEFAULTS.learningRate().warmupEpochs(), "chemprop's two warm-up epochs");
        assertEquals(1.0, DEFAULTS.withEpochs(1).learningRate().warmupEpochs());
        assertEquals(2.0, DEFAULTS.withEpochs(3).learningRate().warmupEpochs());
    }
}
