package org.molfuse.core.train;

import java.util.Objects;

/**
 * Learning-rate settings. Defaults are chemprop v1's: Noam schedule, {@code initLr} 1e-4, {@code maxLr} 1e-3,
 * {@code finalLr} 1e-4, 2 warm-up epochs. Constant uses {@code maxLr}; plateau starts at {@code maxLr}, multiplies
 * it by {@code plateauFactor} after {@code plateauPatience} epochs without improvement and never goes below
 * {@code finalLr}. Setting names in messages are prefixed "learningRate.".
 */
public record LearningRateConfig(ScheduleKind schedule, double initLr, double maxLr, double finalLr,
        double warmupEpochs, double plateauFactor, int plateauPatience) {

    public LearningRateConfig {
        Objects.requireNonNull(schedule, "learningRate.schedule must be set");
        requirePositive("initLr", initLr);
        requirePositive("maxLr", maxLr);
        requirePositive("finalLr", finalLr);
        if (!Double.isFinite(warmupEpochs) || warmupEpochs < 0) {
            throw new IllegalArgumentException("learningRate.warmupEpochs must be a finite number >= 0, got "
                    + warmupEpochs);
        }
        if (!(plateauFactor > 0 && plateauFactor < 1)) {
            throw new IllegalArgumentException("learningRate.plateauFactor must be between 0 and 1 (exclusive), got "
                    + plateauFactor);
        }
        if (plateauPatience < 1) {
            throw new IllegalArgumentException("learningRate.plateauPatience must be at least 1 epoch, got "
                    + plateauPatience);
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("learningRate." + name + " must be a positive finite number, got "
                    + value);
        }
    }

    public static LearningRateConfig defaults() {
        return new LearningRateConfig(ScheduleKind.NOAM, 1e-4, 1e-3, 1e-4, 2.0, 0.5, 3);
    }

    public LearningRateConfig withSchedule(ScheduleKind value) {
        return new LearningRateConfig(value, initLr, maxLr, finalLr, warmupEpochs, plateauFactor, plateauPatience);
    }

    public LearningRateConfig withRates(double init, double max, double last) {
        return new LearningRateConfig(schedule, init, max, last, warmupEpochs, plateauFactor, plateauPatience);
    }

    public LearningRateConfig withWarmupEpochs(double value) {
        return new LearningRateConfig(schedule, initLr, maxLr, finalLr, value, plateauFactor, plateauPatience);
    }

    public LearningRateConfig withPlateau(double factor, int patience) {
        return new LearningRateConfig(schedule, initLr, maxLr, finalLr, warmupEpochs, factor, patience);
    }

    /**
     * The schedule for a run of {@code epochs} epochs of {@code stepsPerEpoch} optimizer steps; warm-up steps are
     * {@code (int) (warmupEpochs * stepsPerEpoch)} as in chemprop. {@code higherIsBetter} is the validation metric's
     * direction (used by the plateau schedule).
     */
    public LearningRateSchedule newSchedule(int epochs, int stepsPerEpoch, boolean higherIsBetter) {
        int totalSteps = Math.multiplyExact(epochs, stepsPerEpoch);
        int warmupSteps = (int) (warmupEpochs * stepsPerEpoch);
        if (warmupSteps > totalSteps) {
            throw new IllegalArgumentException("learningRate.warmupEpochs (" + warmupEpochs
                    + ") must not exceed the number of epochs (" + epochs + ")");
        }
        return switch (schedule) {
            case NOAM -> new NoamSchedule(initLr, maxLr, finalLr, warmupSteps, totalSteps);
            case COSINE -> new CosineSchedule(initLr, maxLr, finalLr, warmupSteps, totalSteps);
            case CONSTANT -> new ConstantSchedule(maxLr);
            case PLATEAU -> new PlateauSchedule(maxLr, plateauFactor, plateauPatience, finalLr, higherIsBetter);
        };
    }
}
