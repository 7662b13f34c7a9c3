package org.molfuse.core.operator.chemistry;

import java.util.List;
import java.util.Locale;
import org.molfuse.core.chem.FingerprintType;
import org.molfuse.core.chem.Fingerprints;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.AppendingOperator;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;

/** Appends a circular (ECFP) or MACCS fingerprint of each standardized molecule as a vector column. */
public final class FingerprintsOperator extends AppendingOperator {

    static final String FINGERPRINT = "fingerprint";
    static final String LENGTH = "length";
    static final String COUNTS = "counts";

    @Override
    public String name() {
        return "Fingerprints";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.CHEMISTRY;
    }

    @Override
    public String summary() {
        return "Computes ECFP4, ECFP6 or MACCS fingerprints of SMILES as a vector column.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0),
                new Parameter.Choice(FINGERPRINT, "Fingerprint",
                        "ecfp4 and ecfp6: circular Morgan fingerprints of radius 2 and 3 (RDKit's Morgan "
                                + "fingerprints); maccs: the 166 MACCS keys.",
                        "ecfp4", List.of("ecfp4", "ecfp6", "maccs")),
                new Parameter.Int(LENGTH, "Length (bits)",
                        "Number of bits the circular fingerprints are folded to; MACCS always has 166.",
                        Fingerprints.DEFAULT_LENGTH, 64, 16_384),
                new Parameter.Flag(COUNTS, "Counts instead of bits",
                        "Store how often each circular feature occurs instead of 0/1 (ECFP only).", false));
    }

    @Override
    protected List<ColumnSpec> appendedColumns(ParameterValues values) {
        return List.of(new ColumnSpec(type(values).name().toLowerCase(Locale.ROOT), ColumnType.DOUBLE_VECTOR));
    }

    @Override
    protected List<Column> compute(Table input, ParameterValues values, ExecutionControl control) {
        return FeaturizeColumns.appended(input, values, StandardizerOptions.defaults(), type(values),
                values.integer(LENGTH), values.flag(COUNTS), false, FeaturizeColumns.STANDARDIZATION_COLUMNS,
                control);
    }

    private static FingerprintType type(ParameterValues values) {
        FingerprintType type = FingerprintType.valueOf(values.string(FINGERPRINT).toUpperCase(Locale.ROOT));
        if (type == FingerprintType.MACCS && values.flag(COUNTS)) {
            throw new InvalidParameterException(values.parameter(COUNTS),
                    "counts exist for ecfp4 and ecfp6 only; MACCS keys are bits");
        }
        return type;
    }
}
