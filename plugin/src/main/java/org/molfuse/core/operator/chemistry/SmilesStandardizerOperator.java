package org.molfuse.core.operator.chemistry;

import java.util.List;
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
import org.molfuse.core.ops.FeaturizeOperation;

/** Parses, validates and standardizes SMILES; appends the canonical SMILES, a validity flag and the reason. */
public final class SmilesStandardizerOperator extends AppendingOperator {

    static final String KEEP_LARGEST_FRAGMENT = "keep_largest_fragment";
    static final String NEUTRALIZE = "neutralize";
    static final String MAX_HEAVY_ATOMS = "max_heavy_atoms";

    @Override
    public String name() {
        return "SMILES Standardizer";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.CHEMISTRY;
    }

    @Override
    public String summary() {
        return "Validates and standardizes SMILES into canonical form; invalid molecules keep their row with the reason.";
    }

    @Override
    public List<Parameter> parameters() {
        StandardizerOptions defaults = StandardizerOptions.defaults();
        return List.of(CommonParameters.smilesColumn(0),
                new Parameter.Flag(KEEP_LARGEST_FRAGMENT, "Keep largest fragment",
                        "Keep only the largest covalent fragment (strips salts and solvents).",
                        defaults.keepLargestFragment()),
                new Parameter.Flag(NEUTRALIZE, "Neutralize charges",
                        "Neutralize charged atoms where a neutral form exists; charge-separated groups such as nitro "
                                + "stay as they are.", defaults.neutralize()),
                new Parameter.Int(MAX_HEAVY_ATOMS, "Maximum heavy atoms",
                        "Molecules with more heavy atoms are marked invalid with the reason too_many_atoms.",
                        defaults.maxHeavyAtoms(), 1, 100_000));
    }

    /** The standardizer options of these settings; shared by every operator that standardizes first. */
    static StandardizerOptions options(ParameterValues values) {
        return new StandardizerOptions(values.integer(MAX_HEAVY_ATOMS), values.flag(KEEP_LARGEST_FRAGMENT),
                values.flag(NEUTRALIZE));
    }

    @Override
    protected List<ColumnSpec> appendedColumns(ParameterValues values) {
        return List.of(new ColumnSpec(FeaturizeOperation.STANDARDIZED_SMILES, ColumnType.STRING),
                new ColumnSpec(FeaturizeOperation.VALID, ColumnType.STRING),
                new ColumnSpec(FeaturizeOperation.REASON, ColumnType.STRING),
                new ColumnSpec(FeaturizeOperation.REASON_DETAIL, ColumnType.STRING));
    }

    @Override
    protected List<Column> compute(Table input, ParameterValues values, ExecutionControl control) {
        return FeaturizeColumns.appended(input, values, options(values), null, 0, false, false, 0, control);
    }
}
