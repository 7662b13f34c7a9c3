package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Compile-only copy of KNIME's {@code NodeSettingsRO} (type and supertype only); see SIGNATURES.md. */
public interface NodeSettingsRO extends ConfigRO {
}
