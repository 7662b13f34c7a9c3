package org.molfuse.core.train;

/**
 * chemprop v1's NoamLR: linear warm-up from {@code initLr} to {@code maxLr} over {@code warmupSteps}, then exponential
 * decay that reaches {@code finalLr} at step {@code totalSteps}, and {@code finalLr} after it:
 * <pre>
 *   s &lt; W      : initLr + s * (maxLr - initLr) / W
 *   W &lt;= s &lt;= T : maxLr * (finalLr / maxLr)^((s - W) / (T - W))
 *   s &gt; T      : finalLr
 * </pre>
 * (chemprop writes the decay as {@code maxLr * gamma^(s - W)} with {@code gamma = (finalLr / maxLr)^(1 / (T - W))}.)
 */
public record NoamSchedule(double initLr, double maxLr, double finalLr, int warmupSteps, int totalSteps)
        implements LearningRateSchedule {

    public NoamSchedule {
        ScheduleChecks.requireSteps(warmupSteps, totalSteps);
    }

    @Override
    public double rateAt(int step) {
        return ScheduleChecks.warmupThenDecay(step, initLr, maxLr, finalLr, warmupSteps, totalSteps,
                progress -> maxLr * Math.pow(finalLr / maxLr, progress));
    }
}
