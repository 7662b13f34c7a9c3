package org.molfuse.knime.learners.gnnlearner;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the GNN Learner node; its operator comes from the core's registry under this class name. */
public final class GnnLearnerNodeFactory extends OperatorNodeFactory {
}
