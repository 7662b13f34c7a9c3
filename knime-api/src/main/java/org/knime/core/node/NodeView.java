package org.knime.core.node;

/** Compile-only copy of KNIME's {@code NodeView} (only the type; its superclass is left out); see SIGNATURES.md. */
public abstract class NodeView<T extends NodeModel> {

    private NodeView() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
