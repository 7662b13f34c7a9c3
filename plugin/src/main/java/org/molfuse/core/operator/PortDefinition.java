package org.molfuse.core.operator;

import java.util.Objects;

/**
 * One input or output port of an operator.
 *
 * @param name        short name shown on the port
 * @param kind        table or model
 * @param description what the port carries, for a chemist
 */
public record PortDefinition(String name, PortKind kind, String description) {

    public PortDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    public static PortDefinition table(String name, String description) {
        return new PortDefinition(name, PortKind.TABLE, description);
    }

    public static PortDefinition model(String name, String description) {
        return new PortDefinition(name, PortKind.MODEL, description);
    }
}
