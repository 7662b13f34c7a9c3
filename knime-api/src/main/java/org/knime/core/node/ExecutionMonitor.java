package org.knime.core.node;

/** Compile-only copy of KNIME's {@code ExecutionMonitor}; see SIGNATURES.md. */
public class ExecutionMonitor {

    public ExecutionMonitor() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void setProgress(final double progress) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
