package org.knime.core.node.defaultnodesettings;

import java.util.List;

/** Compile-only copy of KNIME's {@code SettingsModelFilterString}; see SIGNATURES.md. */
public class SettingsModelFilterString extends SettingsModel {

    public SettingsModelFilterString(final String configName) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public List<String> getIncludeList() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
