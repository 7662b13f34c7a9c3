package org.molfuse.knime.adapter;

import java.util.Set;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.node.util.ColumnFilter;
import org.molfuse.core.data.ColumnType;

/**
 * The dialog's column filter for a column setting: exactly the columns whose core type the setting accepts, by the
 * same rule the node applies when it reads the table, so the dialog never offers a column the node then rejects.
 */
final class AcceptedColumns implements ColumnFilter {

    private final Set<ColumnType> accepted;

    AcceptedColumns(Set<ColumnType> accepted) {
        this.accepted = Set.copyOf(accepted);
    }

    @Override
    public boolean includeColumn(DataColumnSpec colSpec) {
        return accepted.contains(KnimeColumnTypes.coreType(colSpec.getType()));
    }

    @Override
    public String allFilteredMsg() {
        return "The input table has no column of type " + ColumnTypeNames.describe(accepted)
                + "; connect a table with such a column.";
    }
}
