package org.molfuse.core.operator.scoring;

import java.util.List;
import java.util.Set;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.Table;
import org.molfuse.core.eval.SplitFractions;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.TableSpec;
import org.molfuse.core.ops.SplitOperation;

/**
 * Splits a table into training, validation and test rows: at random, by Bemis–Murcko scaffold (chemprop's balanced
 * scaffold split, so test molecules have scaffolds unseen in training), or stratified by a class label.
 */
public final class DataSplitterOperator implements Operator {

    static final String METHOD = "method";
    static final String TRAIN_FRACTION = "train_fraction";
    static final String VALIDATION_FRACTION = "validation_fraction";
    static final String TEST_FRACTION = "test_fraction";
    static final String LABEL_COLUMN = "label_column";

    @Override
    public String name() {
        return "Data Splitter";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.SCORING;
    }

    @Override
    public String summary() {
        return "Splits molecules into training, validation and test sets at random, by scaffold or stratified.";
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of(PortDefinition.table("Molecules", "The table to split."));
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.table("Training", "The training rows, in input order."),
                PortDefinition.table("Validation", "The validation rows, in input order."),
                PortDefinition.table("Test", "The test rows, in input order."));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter.Choice(METHOD, "Split method",
                        "random: rows are shuffled with the seed; scaffold: molecules are grouped by Bemis–Murcko "
                                + "scaffold and whole groups are assigned (large groups to training first, as in "
                                + "chemprop), invalid SMILES each form their own group; stratified: each class of the "
                                + "label column is split in the given fractions.",
                        "random", List.of("random", "scaffold", "stratified")),
                new Parameter.Real(TRAIN_FRACTION, "Training fraction", "Share of rows for training.", 0.8, 0, 1),
                new Parameter.Real(VALIDATION_FRACTION, "Validation fraction",
                        "Share of rows for validation (model selection).", 0.1, 0, 1),
                new Parameter.Real(TEST_FRACTION, "Test fraction", "Share of rows for the final test.", 0.1, 0, 1),
                CommonParameters.seed("the split"),
                CommonParameters.smilesColumn(0),
                new Parameter.ColumnName(LABEL_COLUMN, "Label column",
                        "The class label a stratified split keeps balanced; not used by the other methods.",
                        0, Set.of(ColumnType.DOUBLE, ColumnType.INT, ColumnType.STRING), null, true));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        fractions(values);
        if ("stratified".equals(values.string(METHOD)) && values.string(LABEL_COLUMN).isEmpty()) {
            throw new InvalidParameterException(values.parameter(LABEL_COLUMN),
                    "a stratified split needs the label column");
        }
        TableSpec input = Operators.tableSpecAt(inputs, 0);
        return java.util.Arrays.asList(input, input, input);
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        configure(List.of(inputs.get(0).spec()), values);
        Table table = Operators.tableAt(inputs, 0);
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("the input table has no rows to split");
        }
        control.progress(0, "splitting " + table.rowCount() + " rows");
        String label = values.string(LABEL_COLUMN);
        SplitOperation.Settings settings = new SplitOperation.Settings(SplitOperation.Method.parse(values.string(METHOD)),
                fractions(values), values.integer(CommonParameters.SEED), values.string(CommonParameters.SMILES_COLUMN),
                label.isEmpty() ? null : label);
        SplitOperation.Result result = SplitOperation.split(table, settings,
                new MoleculeStandardizer(StandardizerOptions.defaults()));
        return SplitOperation.subsets(table, result.split()).stream().map(subset -> (PortValue) PortValue.of(subset))
                .toList();
    }

    private static SplitFractions fractions(ParameterValues values) {
        try {
            return new SplitFractions(values.real(TRAIN_FRACTION), values.real(VALIDATION_FRACTION),
                    values.real(TEST_FRACTION));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(values.parameter(TRAIN_FRACTION), e.getMessage());
        }
    }
}
