package org.molfuse.core.operator;

import java.util.List;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.Table;

/**
 * An operator that keeps every row and column of its one input table and appends computed columns, the shape of
 * most chemistry nodes. Subclasses declare the appended columns and compute them.
 */
public abstract class AppendingOperator implements Operator {

    @Override
    public List<PortDefinition> inputs() {
        return List.of(PortDefinition.table("Molecules", "A table with a column of SMILES."));
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.table("Molecules with results",
                "The input table, every row in its place, with the computed columns appended."));
    }

    /** The appended columns, as named before making them unique against the input's names. */
    protected abstract List<ColumnSpec> appendedColumns(ParameterValues values);

    /** The appended columns, one cell per input row, named with {@link Table#uniqueName(String)}. */
    protected abstract List<Column> compute(Table input, ParameterValues values, ExecutionControl control);

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        TableSpec input = Operators.tableSpecAt(inputs, 0);
        return java.util.Collections.singletonList(input == null ? null : input.append(appendedColumns(values)));
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        Table input = Operators.tableAt(inputs, 0);
        return List.of(PortValue.of(input.withColumns(compute(input, values, control))));
    }
}
