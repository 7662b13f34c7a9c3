package org.knime.core.node.port;

/** Compile-only copy of KNIME's {@code PortType} (only the type); see SIGNATURES.md. */
public final class PortType {

    private PortType() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
