package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code SettingsModelString}; see SIGNATURES.md. */
public class SettingsModelString extends SettingsModel {

    public SettingsModelString(final String configName, final String defaultValue) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void setStringValue(final String newValue) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
