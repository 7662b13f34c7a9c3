package org.molfuse.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void noamWarmsUpLinearlyThenDecaysExponentiallyToTheFinalRate() {
        // chemprop defaults: init 1e-4, max 1e-3, final 1e-4, warm-up 2 epochs; 10 epochs of 5 steps
        LearningRateSchedule noam = LearningRateConfig.defaults().newSchedule(10, 5, false);
        assertInstanceOf(NoamSchedule.class, noam);
        // W = 2 * 5 = 10, T = 50, linear increment (1e-3 - 1e-4) / 10 = 9e-5
        assertEquals(1e-4, noam.rateAt(0), 1e-12);
        assertEquals(1e-4 + 5 * 9e-5, noam.rateAt(5), 1e-12); // 5.5e-4
        assertEquals(1e-3, noam.rateAt(10), 1e-12);
        // gamma = (1e-4 / 1e-3)^(1/40); at step 30: 1e-3 * 0.1^(20/40) = 1e-3 / sqrt(10) = 3.1622777e-4
        assertEquals(3.1622777e-4, noam.rateAt(30), 1e-11);
        assertEquals(1e-3 * Math.pow(0.1, 1.0 / 40), noam.rateAt(11), 1e-15);
        assertEquals(1e-4, noam.rateAt(50), 1e-12);
        assertEquals(1e-4, noam.rateAt(51), 0);
    }

    @Test
    void noamTruncatesFractionalWarmupStepsLikeChemprop() {
        // 1.5 epochs x 3 steps = 4.5 -> 4 warm-up steps: step 2 = 1e-4 + 2 * (9e-4 / 4) = 5.5e-4, step 4 = max
        LearningRateSchedule noam = LearningRateConfig.defaults().withWarmupEpochs(1.5).newSchedule(4, 3, false);
        assertEquals(5.5e-4, noam.rateAt(2), 1e-12);
        assertEquals(1e-3, noam.rateAt(4), 1e-12);
    }

    @Test
    void noamWithoutWarmupStartsAtTheMaximum() {
        NoamSchedule noam = new NoamSchedule(1e-4, 1e-3, 1e-5, 0, 2);
        // decay over 2 steps: 1e-3, 1e-3 * (1e-2)^(1/2) = 1e-4, 1e-5
        assertEquals(1e-3, noam.rateAt(0), 1e-15);
        assertEquals(1e-4, noam.rateAt(1), 1e-15);
        assertEquals(1e-5, noam.rateAt(2), 1e-15);
    }

    @Test
    void cosineFallsFromTheMaximumToTheFinalRateAlongHalfACosine() {
        CosineSchedule cosine = new CosineSchedule(0.0001, 0.01, 0.001, 4, 24);
        assertEquals(0.0001, cosine.rateAt(0), 1e-15);
        assertEquals(0.0001 + 2 * (0.01 - 0.0001) / 4, cosine.rateAt(2), 1e-15); // 0.00505
        assertEquals(0.01, cosine.rateAt(4), 1e-15);
        // halfway through the decay (step 14 of 4..24): cos(pi/2) = 0 -> (0.01 + 0.001) / 2 = 0.0055
        assertEquals(0.0055, cosine.rateAt(14), 1e-15);
        // a quarter in (step 9): 0.001 + 0.009 * (1 + cos(pi/4)) / 2 = 0.001 + 0.009 * 0.8535534 = 0.0086820
        assertEquals(0.008681981, cosine.rateAt(9), 1e-9);
        assertEquals(0.001, cosine.rateAt(24), 1e-15);
        assertEquals(0.001, cosine.rateAt(100), 0);
    }

    @Test
    void constantUsesTheMaximumRate() {
        LearningRateSchedule constant = LearningRateConfig.defaults().withSchedule(ScheduleKind.CONSTANT)
                .newSchedule(3, 7, true);
        assertEquals(1e-3, constant.rateAt(0), 0);
        assertEquals(1e-3, constant.rateAt(20), 0);
    }

    @Test
    void plateauHalvesTheRateAfterPatienceEpochsWithoutImprovementDownToTheFloor() {
        LearningRateSchedule plateau = LearningRateConfig.defaults().withSchedule(ScheduleKind.PLATEAU)
                .withPlateau(0.5, 2).newSchedule(20, 4, false);
        // lower is better; rate starts at maxLr 1e-3, floor finalLr 1e-4
        double[] metrics = {1.0, 0.9, 0.95, 0.93, 0.92, 0.8, 0.85, 0.86, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9};
        double[] expectedAfter = {
            1e-3, 1e-3, // epochs 1, 2 improve
            1e-3, 5e-4, // 3, 4 do not: second bad epoch -> halve, count restarts
            5e-4, // 5: one bad epoch
            5e-4, // 6: 0.8 improves
            5e-4, 2.5e-4, // 7, 8 bad -> halve
            2.5e-4, 1.25e-4, // 9, 10 bad -> halve
            1.25e-4, 1e-4, // 11, 12 bad -> 6.25e-5 is below the floor -> 1e-4
            1e-4, 1e-4,
        };
        for (int epoch = 0; epoch < metrics.length; epoch++) {
            plateau.epochEnded(metrics[epoch]);
            assertEquals(expectedAfter[epoch], plateau.rateAt(epoch * 4), 1e-15, "after epoch " + (epoch + 1));
        }
    }

    @Test
    void plateauNeverCountsAnUndefinedMetricAsImprovement() {
        PlateauSchedule plateau = new PlateauSchedule(0.1, 0.1, 1, 0.0, true);
        plateau.epochEnded(0.7);
        plateau.epochEnded(Double.NaN);
        assertEquals(0.01, plateau.rateAt(0), 1e-15);
    }

    @Test
    void anExplicitWarmupLongerThanTheRunIsRejectedNamingTheSetting() {
        // withEpochs shortens a longer warm-up (TrainingConfigTest); setting one after the epochs is a mistake
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.defaults().withEpochs(1).withLearningRate(LearningRateConfig.defaults()));
        assertEquals("learningRate.warmupEpochs (2.0) must not exceed epochs (1)", e.getMessage());
    }
}
