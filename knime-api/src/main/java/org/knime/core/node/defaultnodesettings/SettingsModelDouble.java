package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code SettingsModelDouble}; see SIGNATURES.md. */
public class SettingsModelDouble extends SettingsModelNumber {

    public SettingsModelDouble(final String configName, final double defaultValue) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public double getDoubleValue() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
