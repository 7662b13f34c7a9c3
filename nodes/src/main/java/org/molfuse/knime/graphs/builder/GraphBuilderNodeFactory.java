package org.molfuse.knime.graphs.builder;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the Graph Builder node; its operator comes from the core's registry under this class name. */
public final class GraphBuilderNodeFactory extends OperatorNodeFactory {
}
