package org.molfuse.knime.languagemodels.predictor;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the LM Predictor node; its operator comes from the core's registry under this class name. */
public final class LmPredictorNodeFactory extends OperatorNodeFactory {
}
