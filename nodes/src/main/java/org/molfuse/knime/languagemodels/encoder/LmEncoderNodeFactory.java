package org.molfuse.knime.languagemodels.encoder;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the LM Encoder node; its operator comes from the core's registry under this class name. */
public final class LmEncoderNodeFactory extends OperatorNodeFactory {
}
