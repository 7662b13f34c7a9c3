package org.molfuse.knime.adapter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.node.port.PortObjectSpec;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.TableSpec;

/** Converts port specs between KNIME and the core, for configure; mirrors what {@link InputTable} reads. */
final class KnimeSpecs {

    private KnimeSpecs() {
    }

    static List<String> columnNames(DataTableSpec spec) {
        List<String> names = new ArrayList<>();
        for (int index = 0; index < spec.getNumColumns(); index++) {
            names.add(spec.getColumnSpec(index).getName());
        }
        return names;
    }

    /** The core spec of an input port; null (not known yet) stays null. */
    static PortSpec toCore(PortObjectSpec spec) {
        if (spec == null) {
            return null;
        }
        if (spec instanceof DataTableSpec table) {
            List<ColumnSpec> columns = new ArrayList<>();
            for (int index = 0; index < table.getNumColumns(); index++) {
                DataColumnSpec column = table.getColumnSpec(index);
                columns.add(new ColumnSpec(column.getName(), KnimeColumnTypes.coreType(column.getType())));
            }
            columns.add(new ColumnSpec(RowOrigins.columnName(columnNames(table)), ColumnType.OTHER));
            return new TableSpec(columns);
        }
        if (spec instanceof MolFuseModelPortObjectSpec model) {
            return model.modelSpec();
        }
        throw new IllegalArgumentException("MolFuse nodes take tables and MolFuse models, not "
                + spec.getClass().getSimpleName());
    }

    /** The names the origin columns of these inputs get. */
    static Set<String> originNames(List<DataTableSpec> inputs) {
        Set<String> names = new HashSet<>();
        for (DataTableSpec input : inputs) {
            if (input != null) {
                names.add(RowOrigins.columnName(columnNames(input)));
            }
        }
        return names;
    }

    /** The KNIME spec of an output table; its origin column is left out. */
    static DataTableSpec toKnime(TableSpec spec, List<DataTableSpec> inputs, Set<String> originNames) {
        List<DataColumnSpec> columns = new ArrayList<>();
        for (ColumnSpec column : spec.columns()) {
            if (!RowOrigins.isOriginColumn(column.name(), column.type(), originNames)) {
                columns.add(new DataColumnSpecCreator(column.name(), typeOf(column, inputs)).createSpec());
            }
        }
        return new DataTableSpec(columns.toArray(new DataColumnSpec[0]));
    }

    /**
     * The KNIME type of an output column: that of the input column of the same name and core type when there is one
     * (the column passes through, and its cells come back as they went in), else MolFuse's type for the core type.
     */
    static DataType typeOf(ColumnSpec column, List<DataTableSpec> inputs) {
        for (DataTableSpec input : inputs) {
            if (input == null) {
                continue;
            }
            for (int index = 0; index < input.getNumColumns(); index++) {
                DataColumnSpec candidate = input.getColumnSpec(index);
                if (candidate.getName().equals(column.name())
                        && KnimeColumnTypes.coreType(candidate.getType()) == column.type()) {
                    return candidate.getType();
                }
            }
        }
        return KnimeColumnTypes.knimeType(column.type(), column.name());
    }
}
