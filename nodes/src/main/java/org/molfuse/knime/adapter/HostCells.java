package org.molfuse.knime.adapter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.molfuse.core.chem.MoleculeGraph;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;

/**
 * One input table as an operator saw it, together with the host's original cells of each column, so that columns an
 * operator passes through come back as exactly the cells that went in (a SMILES-typed cell stays a SMILES cell, a
 * long stays a long) instead of MolFuse's canonical cell for the core type.
 *
 * @param table     the table the operator got
 * @param hostCells per column name, the host's cell of each row
 */
public record HostCells(Table table, Map<String, Object[]> hostCells) {

    public HostCells {
        Objects.requireNonNull(table, "table");
        hostCells = Map.copyOf(hostCells);
    }

    /**
     * The host cells for an output column, when every row of it came from an input (by {@code origins}, one per
     * output row) and holds exactly what that input row held in the column of the same name and type: present values
     * equal, or both missing with the same reason. Empty when any row differs, so the caller converts the column.
     */
    public static Optional<Object[]> restore(Column output, List<RowOrigin> origins, List<HostCells> inputs) {
        if (origins.size() != output.size()) {
            return Optional.empty();
        }
        Object[] restored = new Object[output.size()];
        for (int row = 0; row < output.size(); row++) {
            RowOrigin origin = origins.get(row);
            if (origin == null || origin.port() < 0 || origin.port() >= inputs.size()
                    || inputs.get(origin.port()) == null) {
                return Optional.empty();
            }
            HostCells input = inputs.get(origin.port());
            Object[] cells = input.hostCells().get(output.name());
            if (cells == null || !input.table().hasColumn(output.name())) {
                return Optional.empty();
            }
            Column source = input.table().column(output.name());
            if (source.type() != output.type() || origin.row() < 0 || origin.row() >= source.size()
                    || !sameCell(output, row, source, origin.row())) {
                return Optional.empty();
            }
            restored[row] = cells[origin.row()];
        }
        return Optional.of(restored);
    }

    private static boolean sameCell(Column a, int rowA, Column b, int rowB) {
        if (a.isMissing(rowA) || b.isMissing(rowB)) {
            return a.isMissing(rowA) && b.isMissing(rowB) && a.missingReason(rowA).equals(b.missingReason(rowB));
        }
        return sameValue(a.type(), a.get(rowA), b.get(rowB));
    }

    private static boolean sameValue(ColumnType type, Object a, Object b) {
        return switch (type) {
            case DOUBLE_VECTOR -> Arrays.equals((double[]) a, (double[]) b);
            case BYTES -> Arrays.equals((byte[]) a, (byte[]) b);
            case GRAPH -> MoleculeGraphCodec.equal((MoleculeGraph) a, (MoleculeGraph) b);
            // Double.equals: NaN equals NaN, and 0.0 differs from -0.0, both what "unchanged" means here
            default -> Objects.equals(a, b);
        };
    }
}
