package org.knime.core.node.defaultnodesettings;

/** Compile-only copy of KNIME's {@code SettingsModelInteger}; see SIGNATURES.md. */
public class SettingsModelInteger extends SettingsModelNumber {

    public SettingsModelInteger(final String configName, final int defaultValue) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public int getIntValue() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
