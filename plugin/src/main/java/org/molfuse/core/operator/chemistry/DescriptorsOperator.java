package org.molfuse.core.operator.chemistry;

import java.util.List;
import org.molfuse.core.chem.Descriptors;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.AppendingOperator;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;

/** Appends CDK's standard physico-chemical descriptors of each standardized molecule, one number column each. */
public final class DescriptorsOperator extends AppendingOperator {

    @Override
    public String name() {
        return "Descriptors";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.CHEMISTRY;
    }

    @Override
    public String summary() {
        return "Computes molecular weight, logP, TPSA, H-bond donors and acceptors and other CDK descriptors.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0));
    }

    @Override
    protected List<ColumnSpec> appendedColumns(ParameterValues values) {
        return new Descriptors().names().stream().map(name -> new ColumnSpec(name, ColumnType.DOUBLE)).toList();
    }

    @Override
    protected List<Column> compute(Table input, ParameterValues values, ExecutionControl control) {
        return FeaturizeColumns.appended(input, values, StandardizerOptions.defaults(), null, 0, false, true,
                FeaturizeColumns.STANDARDIZATION_COLUMNS, control);
    }
}
