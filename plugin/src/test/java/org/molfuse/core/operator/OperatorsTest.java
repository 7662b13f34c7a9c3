package org.molfuse.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.chemistry.ScaffoldsOperator;

class OperatorsTest {

    private static final Operator SCAFFOLDS = new ScaffoldsOperator();

    private static TableSpec spec(Object... namesAndTypes) {
        List<ColumnSpec> columns = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new ColumnSpec((String) namesAndTypes[i], (ColumnType) namesAndTypes[i + 1]));
        }
        return new TableSpec(columns);
    }

    @Test
    void anEmptySmilesSettingPicksTheSmilesNamedTextColumn() {
        TableSpec input = spec("name", ColumnType.STRING, "y", ColumnType.DOUBLE, "Canonical SMILES",
                ColumnType.STRING);
        ParameterValues resolved = Operators.resolve(SCAFFOLDS, ParameterValues.defaults(SCAFFOLDS), List.of(input));
        assertEquals("Canonical SMILES", resolved.string(CommonParameters.SMILES_COLUMN));
    }

    @Test
    void withoutASmilesNameTheFirstTextColumnIsPicked() {
        TableSpec input = spec("y", ColumnType.DOUBLE, "structure", ColumnType.STRING, "id", ColumnType.STRING);
        ParameterValues resolved = Operators.resolve(SCAFFOLDS, ParameterValues.defaults(SCAFFOLDS), List.of(input));
        assertEquals("structure", resolved.string(CommonParameters.SMILES_COLUMN));
    }

    @Test
    void aMissingOrMistypedColumnIsReportedWithTheSetting() {
        ParameterValues chosen = ParameterValues.defaults(SCAFFOLDS).with(CommonParameters.SMILES_COLUMN, "smi");
        InvalidParameterException absent = assertThrows(InvalidParameterException.class,
                () -> Operators.resolve(SCAFFOLDS, chosen, List.of(spec("smiles", ColumnType.STRING))));
        assertEquals("setting 'smiles_column' (SMILES column): column 'smi' is not in the input table; its columns "
                + "are [smiles]", absent.getMessage());
        InvalidParameterException mistyped = assertThrows(InvalidParameterException.class,
                () -> Operators.resolve(SCAFFOLDS, chosen, List.of(spec("smi", ColumnType.DOUBLE))));
        assertEquals("setting 'smiles_column' (SMILES column): column 'smi' holds double cells; expected [string]",
                mistyped.getMessage());
        InvalidParameterException none = assertThrows(InvalidParameterException.class, () -> Operators.resolve(
                SCAFFOLDS, ParameterValues.defaults(SCAFFOLDS), List.of(spec("y", ColumnType.DOUBLE))));
        assertTrue(none.getMessage().contains("has no column of type [string]"), none.getMessage());
    }

    @Test
    void anUnknownSpecLeavesTheSettingForLater() {
        List<PortSpec> unknown = java.util.Collections.singletonList(null);
        assertEquals("", Operators.resolve(SCAFFOLDS, ParameterValues.defaults(SCAFFOLDS), unknown)
                .string(CommonParameters.SMILES_COLUMN));
    }

    @Test
    void executeChecksPortKindsAndStopsWhenCancelled() {
        Table table = Table.of(StringColumn.of("smiles", "c1ccccc1CCO"));
        PortValue model = new PortValue.ModelValue(new ModelSpec("gnn", List.of("y"),
                List.of(org.molfuse.core.train.TaskKind.REGRESSION), 0), new byte[0]);
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class, () -> Operators.execute(
                SCAFFOLDS, List.of(model), ParameterValues.defaults(SCAFFOLDS), ExecutionControl.silent()));
        assertEquals("Scaffolds expects a table at input 1 (Molecules), got a model", wrongKind.getMessage());

        assertThrows(OperationCancelledException.class, () -> Operators.execute(SCAFFOLDS,
                List.of(PortValue.of(table)), ParameterValues.defaults(SCAFFOLDS), TestControls.cancelled()));
    }

    @Test
    void appendedSpecNamesMatchTheTableRule() {
        Table table = Table.of(StringColumn.of("scaffold", "x"), DoubleColumn.of("scaffold (#1)", 1));
        TableSpec appended = TableSpec.of(table).append("scaffold", ColumnType.STRING);
        assertEquals(table.uniqueName("scaffold"), appended.columns().get(2).name());
        assertEquals("scaffold (#2)", appended.columns().get(2).name());
    }

    @Test
    void partsMapProgressIntoTheirRange() {
        List<Double> seen = new java.util.ArrayList<>();
        ExecutionControl root = new ExecutionControl() {
            @Override
            public void progress(double fraction, String message) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void warning(String message) {
            }
        };
        ExecutionControl part = root.part(0.5, 0.7);
        part.progress(0, null);
        part.progress(0.5, null);
        part.progress(2, null);
        assertEquals(List.of(0.5, 0.6, 0.7), seen.stream().map(v -> Math.round(v * 1e9) / 1e9).toList());
    }
}
