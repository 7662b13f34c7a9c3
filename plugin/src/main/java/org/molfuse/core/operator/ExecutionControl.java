package org.molfuse.core.operator;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** How an executing operator reports progress and warnings to its host and learns that it should stop. */
public interface ExecutionControl {

    /** Progress in [0, 1] with a short message (may be null). */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** A problem that does not stop execution, such as rows skipped for a reason; shown on the node. */
    void warning(String message);

    default void checkCancelled() {
        if (isCancelled()) {
            throw new OperationCancelledException();
        }
    }

    /** Progress of a part of the work, mapped into [from, to] of this control's range. */
    default ExecutionControl part(double from, double to) {
        ExecutionControl parent = this;
        return new ExecutionControl() {
            @Override
            public void progress(double fraction, String message) {
                parent.progress(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }

            @Override
            public void warning(String message) {
                parent.warning(message);
            }
        };
    }

    /** Adapts to the progress callback of core operations. */
    default DoubleConsumer progressConsumer(String message) {
        return fraction -> progress(fraction, message);
    }

    default BooleanSupplier cancellation() {
        return this::isCancelled;
    }

    /** A control that reports nothing and never cancels. */
    static ExecutionControl silent() {
        return new ExecutionControl() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void warning(String message) {
            }
        };
    }
}
