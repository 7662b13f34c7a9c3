package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code SettingsModelBoolean}; see SIGNATURES.md. */
public class SettingsModelBoolean extends SettingsModel {

    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public boolean getBooleanValue() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
