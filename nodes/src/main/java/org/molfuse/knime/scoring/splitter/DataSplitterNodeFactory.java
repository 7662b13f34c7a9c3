package org.molfuse.knime.scoring.splitter;

import org.molfuse.knime.adapter.OperatorNodeFactory;

/** The factory of the Data Splitter node; its operator comes from the core's registry under this class name. */
public final class DataSplitterNodeFactory extends OperatorNodeFactory {
}
