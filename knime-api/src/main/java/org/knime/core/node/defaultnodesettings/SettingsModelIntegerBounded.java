package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code SettingsModelIntegerBounded}; see SIGNATURES.md. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
            final int maxValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
