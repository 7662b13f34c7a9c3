package org.molfuse.core.train;

/** Argument checks shared by the step-based schedules. */
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
}
