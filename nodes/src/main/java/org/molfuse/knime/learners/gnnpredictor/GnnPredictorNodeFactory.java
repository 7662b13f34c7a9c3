package org.molfuse.knime.learners.gnnpredictor;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the GNN Predictor node; its operator comes from the core's registry under this class name. */
public final class GnnPredictorNodeFactory extends OperatorNodeFactory {
}
