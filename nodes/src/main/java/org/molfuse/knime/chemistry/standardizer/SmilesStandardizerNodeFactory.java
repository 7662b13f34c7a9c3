package org.molfuse.knime.chemistry.standardizer;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the SMILES Standardizer node; its operator comes from the core's registry under this class name. */
public final class SmilesStandardizerNodeFactory extends OperatorNodeFactory {
}
