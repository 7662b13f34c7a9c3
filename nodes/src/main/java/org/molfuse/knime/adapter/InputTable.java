package org.molfuse.knime.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.GraphColumn;
import org.molfuse.core.data.IntColumn;
import org.molfuse.core.data.OpaqueColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;

/**
 * Reads a KNIME table into a core {@link Table}: each column by {@link KnimeColumnTypes#coreType}, missing cells with
 * their error message, and one extra opaque column of {@link RowOrigin}s (see {@link RowOrigins}). The original cells
 * are kept so that unchanged columns can be written back as they came.
 */
final class InputTable {

    private InputTable() {
    }

    static HostCells read(BufferedDataTable knime, int port, ExecutionMonitor monitor)
            throws CanceledExecutionException {
        DataTableSpec spec = knime.getDataTableSpec();
        long size = knime.size();
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("input " + (port + 1) + " has " + size + " rows; MolFuse nodes read "
                    + "at most " + Integer.MAX_VALUE + " rows");
        }
        int columns = spec.getNumColumns();
        List<ColumnReader<?>> readers = new ArrayList<>();
        Map<String, Object[]> hostCells = new HashMap<>();
        for (int index = 0; index < columns; index++) {
            DataColumnSpec column = spec.getColumnSpec(index);
            readers.add(ColumnReader.of(column.getName(), KnimeColumnTypes.coreType(column.getType())));
            hostCells.put(column.getName(), new Object[(int) size]);
        }
        OpaqueColumn.Builder origins = OpaqueColumn.builder(RowOrigins.columnName(KnimeSpecs.columnNames(spec)));
        CloseableRowIterator rows = knime.iterator();
        try {
            for (int row = 0; rows.hasNext(); row++) {
                if (row % 1000 == 0) {
                    monitor.checkCanceled();
                }
                DataRow dataRow = rows.next();
                for (int index = 0; index < columns; index++) {
                    DataCell cell = dataRow.getCell(index);
                    readers.get(index).add(cell);
                    hostCells.get(spec.getColumnSpec(index).getName())[row] = cell;
                }
                origins.add(new RowOrigin(port, row, dataRow.getKey().getString()));
            }
        } finally {
            rows.close();
        }
        List<Column> read = new ArrayList<>();
        for (ColumnReader<?> reader : readers) {
            read.add(reader.build());
        }
        read.add(origins.build());
        return new HostCells(Table.of(read), hostCells);
    }

    /** The error message of a missing cell, or null. */
    static String missingReason(DataCell cell) {
        return cell instanceof MissingCell missing ? missing.getError() : null;
    }

    /**
     * Appends the cells of one column to the core builder of its type.
     *
     * @param presentCell appends a present cell, read as the builder's type
     */
    private record ColumnReader<B extends Column.Builder<?>>(B builder, BiConsumer<B, DataCell> presentCell) {

        void add(DataCell cell) {
            if (cell.isMissing()) {
                builder.addMissing(missingReason(cell));
            } else {
                presentCell.accept(builder, cell);
            }
        }

        Column build() {
            return builder.build();
        }

        static ColumnReader<?> of(String name, ColumnType type) {
            return switch (type) {
                case STRING -> new ColumnReader<>(StringColumn.builder(name),
                        (builder, cell) -> builder.add(((StringValue) cell).getStringValue()));
                case INT -> new ColumnReader<>(IntColumn.builder(name),
                        (builder, cell) -> builder.add(((IntValue) cell).getIntValue()));
                case DOUBLE -> new ColumnReader<>(DoubleColumn.builder(name),
                        (builder, cell) -> builder.add(((DoubleValue) cell).getDoubleValue()));
                case DOUBLE_VECTOR -> new ColumnReader<>(DoubleVectorColumn.builder(name),
                        (builder, cell) -> builder.add(values((DoubleVectorValue) cell)));
                case GRAPH -> new ColumnReader<>(GraphColumn.builder(name),
                        (builder, cell) -> builder.add(((MoleculeGraphValue) cell).getMoleculeGraph()));
                // the host cell itself, never looked at by operators and handed back unchanged
                default -> new ColumnReader<>(OpaqueColumn.builder(name), OpaqueColumn.Builder::add);
            };
        }

        private static double[] values(DoubleVectorValue vector) {
            double[] values = new double[vector.getLength()];
            for (int i = 0; i < values.length; i++) {
                values[i] = vector.getValue(i);
            }
            return values;
        }
    }
}
