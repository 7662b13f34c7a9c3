package org.molfuse.core.operator.chemistry;

import java.util.List;
import org.molfuse.core.chem.BatchFeaturizer;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.RowResult;
import org.molfuse.core.chem.Scaffolds;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.AppendingOperator;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;

/** Appends the Bemis–Murcko scaffold of each standardized molecule. */
public final class ScaffoldsOperator extends AppendingOperator {

    static final String SCAFFOLD = "scaffold";

    @Override
    public String name() {
        return "Scaffolds";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.CHEMISTRY;
    }

    @Override
    public String summary() {
        return "Computes the Bemis–Murcko scaffold (ring systems and linkers) of each molecule.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0));
    }

    @Override
    protected List<ColumnSpec> appendedColumns(ParameterValues values) {
        return List.of(new ColumnSpec(SCAFFOLD, ColumnType.STRING));
    }

    /** A scaffold, or the reason there is none. */
    private record Outcome(String scaffold, String reason) {
    }

    @Override
    protected List<Column> compute(Table input, ParameterValues values, ExecutionControl control) {
        MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
        List<String> smiles = input.stringColumn(values.string(CommonParameters.SMILES_COLUMN)).toList();
        List<RowResult<Outcome>> results = new BatchFeaturizer().map(smiles, text -> {
            StandardizedMolecule molecule = standardizer.standardize(text);
            return molecule.isValid() ? new Outcome(Scaffolds.murckoSmiles(molecule.molecule()), null)
                    : new Outcome(null, molecule.message());
        }, control.progressConsumer("scaffolds"), control.cancellation());
        StringColumn.Builder column = StringColumn.builder(input.uniqueName(SCAFFOLD));
        for (RowResult<Outcome> result : results) {
            if (!result.isOk()) {
                column.addMissing(result.error());
            } else if (result.value().scaffold() == null) {
                column.addMissing(result.value().reason());
            } else {
                column.add(result.value().scaffold());
            }
        }
        return List.of(column.build());
    }
}
