package org.molfuse.knime.chemistry.descriptors;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the Descriptors node; its operator comes from the core's registry under this class name. */
public final class DescriptorsNodeFactory extends OperatorNodeFactory {
}
