package org.molfuse.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.GraphColumn;
import org.molfuse.core.data.IntColumn;
import org.molfuse.core.data.OpaqueColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.chemistry.DescriptorsOperator;
import org.molfuse.core.operator.chemistry.FingerprintsOperator;
import org.molfuse.core.operator.chemistry.ScaffoldsOperator;
import org.molfuse.core.operator.chemistry.SmilesStandardizerOperator;
import org.molfuse.core.operator.graphs.GraphBuilderOperator;

/** The appending chemistry operators: every row kept, results in place, specs that match what execution makes. */
class ChemistryOperatorsTest {

    /** Ethanol written backwards, sodium acetate, an unclosed ring, a missing cell, and 2-phenylethanol. */
    private static Table molecules() {
        OpaqueColumn.Builder pictures = OpaqueColumn.builder("picture");
        for (int row = 0; row < 5; row++) {
            pictures.add(new Object());
        }
        return Table.of(StringColumn.of("SMILES", "OCC", "[Na+].CC(=O)[O-]", "C1CC(", null, "OCCc1ccccc1"),
                pictures.build());
    }

    private static Table run(Operator operator, Table input, ParameterValues values) throws Exception {
        List<PortValue> outputs = Operators.execute(operator, List.of(PortValue.of(input)), values,
                ExecutionControl.silent());
        Table output = ((PortValue.TableValue) outputs.get(0)).table();
        ParameterValues resolved = Operators.resolve(operator, values, List.of(TableSpec.of(input)));
        assertEquals(operator.configure(List.of(TableSpec.of(input)), resolved).get(0), TableSpec.of(output),
                operator.name() + ": configure must predict the executed table's columns");
        assertEquals(input.rowCount(), output.rowCount());
        for (Column column : input.columns()) {
            assertEquals(column, output.column(column.name()), "input columns pass through unchanged");
        }
        return output;
    }

    @Test
    void standardizerCanonicalizesStripsSaltsAndExplainsFailures() throws Exception {
        Operator operator = new SmilesStandardizerOperator();
        Table output = run(operator, molecules(), ParameterValues.defaults(operator));
        StringColumn smiles = output.stringColumn("standardized_smiles");
        Table plain = run(operator, Table.of(StringColumn.of("SMILES", "CCO", "C(O)C", "OC(C)=O")),
                ParameterValues.defaults(operator));
        StringColumn references = plain.stringColumn("standardized_smiles");
        assertEquals(references.get(0), smiles.get(0), "one canonical form however ethanol is written");
        assertEquals(references.get(0), references.get(1));
        assertEquals(references.get(2), smiles.get(1), "largest fragment, then the carboxylate neutralized");
        assertTrue(smiles.isMissing(2));
        assertEquals(List.of("true", "true", "false", "false", "true"), output.stringColumn("valid").toList());
        assertEquals("unparsable", output.stringColumn("reason").get(2));
        assertEquals("empty", output.stringColumn("reason").get(3));
        assertEquals(output.stringColumn("reason_detail").get(2), smiles.missingReason(2).orElseThrow());
    }

    @Test
    void keepingAllFragmentsKeepsTheSodium() throws Exception {
        Operator operator = new SmilesStandardizerOperator();
        ParameterValues values = ParameterValues.defaults(operator).with("keep_largest_fragment", false)
                .with("neutralize", false);
        Table output = run(operator, molecules(), values);
        assertTrue(output.stringColumn("standardized_smiles").get(1).contains("Na"));
    }

    @Test
    void maccsKeysOfEthanolAndMissingRowsForInvalidInput() throws Exception {
        Operator operator = new FingerprintsOperator();
        Table output = run(operator, molecules(), ParameterValues.defaults(operator).with("fingerprint", "maccs"));
        DoubleVectorColumn keys = output.doubleVectorColumn("maccs");
        assertEquals(166, keys.getVector(0).length);
        // /usr/bin/python3 (RDKit 2022.09.3): list(MACCSkeys.GenMACCSKeys(Chem.MolFromSmiles('CCO')).GetOnBits())
        // == [82, 109, 114, 139, 153, 155, 157, 160, 164]; element i of our vector is MACCS key i + 1
        List<Integer> onKeys = new java.util.ArrayList<>();
        double[] ethanol = keys.getVector(0);
        for (int i = 0; i < ethanol.length; i++) {
            if (ethanol[i] == 1) {
                onKeys.add(i + 1);
            }
        }
        assertEquals(List.of(82, 109, 114, 139, 153, 155, 157, 160, 164), onKeys);
        assertTrue(keys.isMissing(2) && keys.isMissing(3));
        assertTrue(keys.missingReason(2).orElseThrow().contains("at character 5"), keys.missingReason(2).orElseThrow());
    }

    @Test
    void ecfpLengthIsASetting() throws Exception {
        Operator operator = new FingerprintsOperator();
        Table output = run(operator, molecules(), ParameterValues.defaults(operator).with("length", 512));
        assertEquals(512, output.doubleVectorColumn("ecfp4").getVector(4).length);
    }

    @Test
    void descriptorsOfEthanol() throws Exception {
        Operator operator = new DescriptorsOperator();
        Table output = run(operator, molecules(), ParameterValues.defaults(operator));
        DoubleColumn first = (DoubleColumn) output.column(molecules().columnCount());
        assertEquals(molecules().columnCount() + 11, output.columnCount());
        assertTrue(first.isMissing(2));
        assertEquals(5 - 2, first.size() - first.missingCount());
    }

    @Test
    void scaffoldsAreRingSystemsAndEmptyForChains() throws Exception {
        Operator operator = new ScaffoldsOperator();
        StringColumn scaffolds = run(operator, molecules(), ParameterValues.defaults(operator))
                .stringColumn("scaffold");
        assertEquals("", scaffolds.get(0), "ethanol has no ring");
        assertEquals("c1ccccc1", scaffolds.get(4));
        assertTrue(scaffolds.isMissing(2) && scaffolds.missingReason(2).isPresent());
    }

    @Test
    void graphsCountHeavyAtomsAndBonds() throws Exception {
        Operator operator = new GraphBuilderOperator();
        Table output = run(operator, molecules(), ParameterValues.defaults(operator));
        IntColumn atoms = output.intColumn("atoms");
        IntColumn bonds = output.intColumn("bonds");
        assertEquals(3, atoms.getInt(0));
        assertEquals(2, bonds.getInt(0));
        assertEquals(4, atoms.getInt(1), "acetic acid after stripping the sodium");
        assertEquals(9, atoms.getInt(4));
        assertEquals(9, bonds.getInt(4), "eight chain and ring bonds plus the ring closure");
        GraphColumn graphs = output.graphColumn("graph");
        assertEquals(133, graphs.getGraph(0).atomFeatureSize());
        assertTrue(graphs.isMissing(3));
    }
}
