package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.NodeDialogPane;

/** Compile-only copy of KNIME's {@code DefaultNodeSettingsPane}; see SIGNATURES.md. */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    public DefaultNodeSettingsPane() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void closeCurrentGroup() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
