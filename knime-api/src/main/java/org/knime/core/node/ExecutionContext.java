package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/** Compile-only copy of KNIME's {@code ExecutionContext}; see SIGNATURES.md. */
public class ExecutionContext extends ExecutionMonitor {

    private ExecutionContext() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
