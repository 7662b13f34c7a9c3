package org.molfuse.core.operator;

/** What is known about a port's content before execution: a {@link TableSpec} or a {@link ModelSpec}. */
public sealed interface PortSpec permits TableSpec, ModelSpec {
}
