package org.molfuse.knime.data.reader;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the Dataset Reader node; its operator comes from the core's registry under this class name. */
public final class DatasetReaderNodeFactory extends OperatorNodeFactory {
}
