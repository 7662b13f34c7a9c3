package org.knime.core.node;

import org.knime.core.data.container.DataContainer;

/** Compile-only copy of KNIME's {@code BufferedDataContainer}; see SIGNATURES.md. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataContainer() {
        super(null);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
