package org.molfuse.knime.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.molfuse.core.chem.MoleculeGraph;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.ColumnSpec;

/**
 * Writes a core table produced by an operator as a KNIME table: columns that passed through unchanged get their
 * original cells back, other columns MolFuse's cells, missing cells keep their reason, rows keep their input's row
 * ID (see {@link RowIds}).
 */
final class OutputTable {

    private OutputTable() {
    }

    static BufferedDataTable write(Table table, List<HostCells> inputs, List<DataTableSpec> inputSpecs,
            Set<String> originNames, ExecutionContext exec) throws CanceledExecutionException {
        Optional<List<RowOrigin>> origins = RowOrigins.of(table, originNames);
        List<DataColumnSpec> specs = new ArrayList<>();
        List<DataCell[]> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (RowOrigins.isOriginColumn(column.name(), column.type(), originNames)) {
                continue;
            }
            exec.checkCanceled();
            ColumnSpec coreSpec = new ColumnSpec(column.name(), column.type());
            Optional<Object[]> restored = origins.flatMap(rows -> HostCells.restore(column, rows, inputs));
            DataType type;
            DataCell[] cells = new DataCell[column.size()];
            if (restored.isPresent()) {
                type = KnimeSpecs.typeOf(coreSpec, inputSpecs);
                for (int row = 0; row < cells.length; row++) {
                    cells[row] = (DataCell) restored.get()[row];
                }
            } else {
                type = KnimeColumnTypes.knimeType(column.type(), column.name());
                for (int row = 0; row < cells.length; row++) {
                    cells[row] = cell(column, row);
                }
            }
            specs.add(new DataColumnSpecCreator(column.name(), type).createSpec());
            columns.add(cells);
        }
        BufferedDataContainer container = exec.createDataContainer(new DataTableSpec(specs.toArray(
                new DataColumnSpec[0])));
        RowIds ids = new RowIds();
        for (int row = 0; row < table.rowCount(); row++) {
            if (row % 1000 == 0) {
                exec.checkCanceled();
            }
            DataCell[] cells = new DataCell[columns.size()];
            for (int column = 0; column < cells.length; column++) {
                cells[column] = columns.get(column)[row];
            }
            RowOrigin origin = origins.isPresent() ? origins.get().get(row) : null;
            container.addRowToTable(new DefaultRow(new RowKey(ids.next(row, origin)), cells));
        }
        container.close();
        return container.getTable();
    }

    /** MolFuse's KNIME cell for one core cell. */
    private static DataCell cell(Column column, int row) {
        if (column.isMissing(row)) {
            return new MissingCell(column.missingReason(row).orElse(null));
        }
        Object value = column.get(row);
        return switch (column.type()) {
            case STRING -> new StringCell((String) value);
            case DOUBLE -> new DoubleCell((Double) value);
            case INT -> new IntCell((Integer) value);
            case DOUBLE_VECTOR -> DoubleVectorCellFactory.createCell((double[]) value);
            case GRAPH -> new MoleculeGraphCell((MoleculeGraph) value);
            // a host cell the operator carried in a column it built itself
            case OTHER -> value instanceof DataCell hostCell ? hostCell : new StringCell(String.valueOf(value));
            case BYTES -> throw new IllegalStateException("column '" + column.name()
                    + "' holds raw bytes, which MolFuse does not put into KNIME tables");
        };
    }
}
