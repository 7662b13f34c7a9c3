package org.molfuse.core.train;

import java.util.function.DoubleUnaryOperator;

/** What the step-based schedules share: their argument checks and the warm-up before the decay. */
final class ScheduleChecks {

    private ScheduleChecks() {
    }

    static void requireSteps(int warmupSteps, int totalSteps) {
        if (totalSteps < 1) {
            throw new IllegalArgumentException("a schedule needs at least 1 step, got " + totalSteps);
        }
        if (warmupSteps < 0 || warmupSteps > totalSteps) {
            throw new IllegalArgumentException("warm-up steps must be between 0 and the total steps ("
                    + totalSteps + "), got " + warmupSteps);
        }
    }

    /**
     * Linear warm-up from {@code initLr} to {@code maxLr} over {@code warmupSteps}, then {@code decay} of the decay
     * progress in [0, 1], then {@code finalLr} after {@code totalSteps}.
     */
    static double warmupThenDecay(int step, double initLr, double maxLr, double finalLr, int warmupSteps,
            int totalSteps, DoubleUnaryOperator decay) {
        if (step > totalSteps) {
            return finalLr;
        }
        if (step < warmupSteps) {
            return initLr + step * (maxLr - initLr) / warmupSteps;
        }
        if (totalSteps == warmupSteps) {
            return maxLr;
        }
        return decay.applyAsDouble((double) (step - warmupSteps) / (totalSteps - warmupSteps));
    }
}
