package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Compile-only copy of KNIME's {@code SettingsModel}; see SIGNATURES.md. */
public abstract class SettingsModel {

    public SettingsModel() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
            throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
