package org.molfuse.core.operator;

import java.util.ArrayList;
import java.util.List;

/** Execution controls for tests: one that collects the warnings, one that has been cancelled. */
final class TestControls {

    private TestControls() {
    }

    static ExecutionControl collecting(List<String> warnings) {
        return control(warnings, false);
    }

    static ExecutionControl cancelled() {
        return control(new ArrayList<>(), true);
    }

    private static ExecutionControl control(List<String> warnings, boolean cancelled) {
        return new ExecutionControl() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
    }
}
