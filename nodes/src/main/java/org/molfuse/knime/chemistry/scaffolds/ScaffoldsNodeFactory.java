package org.molfuse.knime.chemistry.scaffolds;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the Scaffolds node; its operator comes from the core's registry under this class name. */
public final class ScaffoldsNodeFactory extends OperatorNodeFactory {
}
