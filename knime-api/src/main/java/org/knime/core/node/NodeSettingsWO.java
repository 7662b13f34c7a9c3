package org.knime.core.node;

/** Compile-only copy of KNIME's {@code NodeSettingsWO} (only the type); see SIGNATURES.md. */
public interface NodeSettingsWO {
}
