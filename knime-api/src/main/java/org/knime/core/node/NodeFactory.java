package org.knime.core.node;

/** Compile-only copy of KNIME's {@code NodeFactory}; see SIGNATURES.md. */
public abstract class NodeFactory<T extends NodeModel> {

    protected NodeFactory() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}
