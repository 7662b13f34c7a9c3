package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code SettingsModelDoubleBounded}; see SIGNATURES.md. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
            final double maxValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
