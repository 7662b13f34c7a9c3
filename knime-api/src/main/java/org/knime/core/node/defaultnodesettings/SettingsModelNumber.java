package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code SettingsModelNumber} (only the type); see SIGNATURES.md. */
public abstract class SettingsModelNumber extends SettingsModel {
}
