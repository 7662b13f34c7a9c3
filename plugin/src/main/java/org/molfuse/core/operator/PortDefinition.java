package org.molfuse.core.operator;

import java.util.Objects;

/**
 * One input or output port of an operator.
 *
 * @param name        short name shown on the port
 * @param kind        table or model
 * @param description what the port carries, for a chemist
 * @param optional    a model input that may stay unconnected; the operator then gets null for it
 */
public record PortDefinition(String name, PortKind kind, String description, boolean optional) {

    public PortDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (optional && kind == PortKind.TABLE) {
            // every host fills an unconnected table input differently; only models have a natural fallback
            throw new IllegalArgumentException("only model inputs can be optional: " + name);
        }
    }

    public static PortDefinition table(String name, String description) {
        return new PortDefinition(name, PortKind.TABLE, description, false);
    }

    public static PortDefinition model(String name, String description) {
        return new PortDefinition(name, PortKind.MODEL, description, false);
    }

    /** A model input that may stay unconnected, for a model the operator otherwise takes from elsewhere. */
    public static PortDefinition optionalModel(String name, String description) {
        return new PortDefinition(name, PortKind.MODEL, description, true);
    }
}
