package org.molfuse.knime.adapter;

import java.io.IOException;
import java.util.Objects;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.molfuse.core.chem.MoleculeGraph;

/**
 * A molecule graph in a KNIME table cell.
 *
 * <p>Graphs are cells, not a separate port object, so that they stay row-aligned with their molecules and labels
 * through every KNIME node that filters, sorts, splits or joins rows; a graph port beside the table would silently
 * fall out of step after the first Row Filter. Registered at {@code org.knime.core.DataType} with {@link Serializer},
 * which writes the compact binary form of {@link MoleculeGraphCodec}.
 */
public final class MoleculeGraphCell extends DataCell implements MoleculeGraphValue {

    private static final long serialVersionUID = 1L;

    /** The column type of graph columns. */
    public static final DataType TYPE = DataType.getType(MoleculeGraphCell.class);

    // not Java-serializable on purpose: KNIME writes graph cells through the registered Serializer only
    @SuppressWarnings("serial")
    private final MoleculeGraph graph;

    public MoleculeGraphCell(MoleculeGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    @Override
    public MoleculeGraph getMoleculeGraph() {
        return graph;
    }

    @Override
    public String toString() {
        return MoleculeGraphCodec.describe(graph);
    }

    @Override
    protected boolean equalsDataCell(DataCell other) {
        return MoleculeGraphCodec.equal(graph, ((MoleculeGraphCell) other).graph);
    }

    @Override
    public int hashCode() {
        return MoleculeGraphCodec.hash(graph);
    }

    /** Writes and reads graph cells in {@link MoleculeGraphCodec}'s binary form. */
    public static final class Serializer implements DataCellSerializer<MoleculeGraphCell> {

        @Override
        public void serialize(MoleculeGraphCell cell, DataCellDataOutput output) throws IOException {
            MoleculeGraphCodec.write(cell.graph, output);
        }

        @Override
        public MoleculeGraphCell deserialize(DataCellDataInput input) throws IOException {
            return new MoleculeGraphCell(MoleculeGraphCodec.read(input));
        }
    }
}
