package org.knime.core.node;

/** Compile-only copy of KNIME's {@code NodeDialogPane} (only the type); see SIGNATURES.md. */
public abstract class NodeDialogPane {

    protected NodeDialogPane() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
