package org.molfuse.knime.languagemodels.pretrainer;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the SMILES LM Pretrainer node; its operator comes from the core's registry under this class name. */
public final class SmilesLmPretrainerNodeFactory extends OperatorNodeFactory {
}
