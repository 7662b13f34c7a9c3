package org.knime.core.node;

/** Compile-only copy of KNIME's {@code NodeSettingsRO} (only the type); see SIGNATURES.md. */
public interface NodeSettingsRO {
}
