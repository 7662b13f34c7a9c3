package org.knime.core.node.port;

/** Compile-only copy of KNIME's {@code PortTypeRegistry}; see SIGNATURES.md. */
public final class PortTypeRegistry {

    private PortTypeRegistry() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public static PortTypeRegistry getInstance() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
