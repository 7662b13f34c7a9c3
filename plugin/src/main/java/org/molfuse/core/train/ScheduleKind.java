package org.molfuse.core.train;

import java.util.Locale;

/** The learning-rate schedules {@link LearningRateConfig} can build. */
public enum ScheduleKind {
    /** chemprop v1's warm-up then exponential decay ({@link NoamSchedule}). */
    NOAM,
    /** Warm-up then half-cosine decay ({@link CosineSchedule}). */
    COSINE,
    /** {@code maxLr} throughout ({@link ConstantSchedule}). */
    CONSTANT,
    /** {@code maxLr}, reduced when the validation metric stalls ({@link PlateauSchedule}). */
    PLATEAU;

    /** The kind of a name such as "noam" or "Plateau"; an unknown name lists the valid ones. */
    public static ScheduleKind parse(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (ScheduleKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown learning-rate schedule '" + name
                + "'; valid schedules: noam, cosine, constant, plateau");
    }
}
