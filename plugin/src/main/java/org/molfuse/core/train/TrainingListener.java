package org.molfuse.core.train;

/** Told about every finished epoch, e.g. to report progress; runs on the training thread. */
@FunctionalInterface
public interface TrainingListener {

    /** A listener that does nothing. */
    TrainingListener NONE = record -> { };

    void epochEnded(EpochRecord record);
}
