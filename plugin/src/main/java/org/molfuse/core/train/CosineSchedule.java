package org.molfuse.core.train;

/**
 * Linear warm-up from {@code initLr} to {@code maxLr} over {@code warmupSteps} (as {@link NoamSchedule}), then
 * half a cosine from {@code maxLr} down to {@code finalLr} at step {@code totalSteps}, and {@code finalLr} after it:
 * {@code finalLr + (maxLr - finalLr) * (1 + cos(pi * (s - W) / (T - W))) / 2}.
 */
public record CosineSchedule(double initLr, double maxLr, double finalLr, int warmupSteps, int totalSteps)
        implements LearningRateSchedule {

    public CosineSchedule {
        ScheduleChecks.requireSteps(warmupSteps, totalSteps);
    }

    @Override
    public double rateAt(int step) {
        return ScheduleChecks.warmupThenDecay(step, initLr, maxLr, finalLr, warmupSteps, totalSteps,
                progress -> finalLr + (maxLr - finalLr) * (1 + Math.cos(Math.PI * progress)) / 2);
    }
}
