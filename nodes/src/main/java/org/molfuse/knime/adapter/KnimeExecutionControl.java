package org.molfuse.knime.adapter;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.molfuse.core.operator.ExecutionControl;

/** An operator's progress, cancellation and warnings, wired to a KNIME execution monitor and the node's warning. */
final class KnimeExecutionControl implements ExecutionControl {

    private final ExecutionMonitor monitor;
    private final WarningCollector warnings;

    KnimeExecutionControl(ExecutionMonitor monitor, WarningCollector warnings) {
        this.monitor = monitor;
        this.warnings = warnings;
    }

    @Override
    public void progress(double fraction, String message) {
        if (message == null) {
            monitor.setProgress(fraction);
        } else {
            monitor.setProgress(fraction, message);
        }
    }

    @Override
    public boolean isCancelled() {
        try {
            monitor.checkCanceled();
            return false;
        } catch (CanceledExecutionException cancelled) {
            return true;
        }
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }
}
