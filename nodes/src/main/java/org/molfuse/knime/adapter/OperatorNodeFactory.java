package org.molfuse.knime.adapter;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorRegistry;

/**
 * The base of every MolFuse node factory. A node's factory only names itself: its operator comes from the core's
 * {@link OperatorRegistry} under the factory's class name, the same table the headless runner uses, so a node and
 * its workflow-file settings cannot drift apart.
 */
public abstract class OperatorNodeFactory extends NodeFactory<OperatorNodeModel> {

    /** A new operator of this node. */
    protected final Operator operator() {
        return OperatorRegistry.create(getClass().getName());
    }

    @Override
    public OperatorNodeModel createNodeModel() {
        return new OperatorNodeModel(operator());
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<OperatorNodeModel> createNodeView(int viewIndex, OperatorNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new OperatorNodeDialog(operator());
    }
}
