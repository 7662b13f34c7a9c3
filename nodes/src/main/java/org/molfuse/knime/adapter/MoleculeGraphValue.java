package org.molfuse.knime.adapter;

import org.knime.core.data.DataValue;
import org.molfuse.core.chem.MoleculeGraph;

/** A KNIME cell that holds a featurized molecule graph, as the Graph Builder makes and the GNN nodes read. */
public interface MoleculeGraphValue extends DataValue {

    MoleculeGraph getMoleculeGraph();
}
