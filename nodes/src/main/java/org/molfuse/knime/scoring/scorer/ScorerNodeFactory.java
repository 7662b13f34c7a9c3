package org.molfuse.knime.scoring.scorer;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the Scorer node; its operator comes from the core's registry under this class name. */
public final class ScorerNodeFactory extends OperatorNodeFactory {
}
