package org.molfuse.knime.languagemodels.learner;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the LM Learner node; its operator comes from the core's registry under this class name. */
public final class LmLearnerNodeFactory extends OperatorNodeFactory {
}
