package org.molfuse.core.operator.chemistry;

import java.util.List;
import org.molfuse.core.chem.FingerprintType;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.ops.FeaturizeOperation;

/** Runs the core featurization and returns only the columns one node asked for. */
final class FeaturizeColumns {

    private FeaturizeColumns() {
    }

    /** The columns the featurization appended to {@code input}, from the {@code first} appended one on. */
    static List<Column> appended(Table input, ParameterValues values, StandardizerOptions standardizer,
            FingerprintType fingerprint, int length, boolean counts, boolean descriptors, int first,
            ExecutionControl control) {
        FeaturizeOperation.Settings settings = new FeaturizeOperation.Settings(
                values.string(CommonParameters.SMILES_COLUMN), standardizer, fingerprint, length, counts, descriptors,
                Runtime.getRuntime().availableProcessors());
        Table result = FeaturizeOperation.execute(input, settings, control.progressConsumer("featurizing"),
                control.cancellation());
        control.checkCancelled();
        return result.columns().subList(input.columnCount() + first, result.columnCount());
    }

    /** Number of bookkeeping columns (standardized SMILES, valid, reason, detail) the featurization appends first. */
    static final int STANDARDIZATION_COLUMNS = 4;
}
