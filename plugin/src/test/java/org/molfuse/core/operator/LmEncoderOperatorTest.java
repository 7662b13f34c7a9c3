package org.molfuse.core.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.chem.SharedDatasets;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.MlmPretrainer;
import org.molfuse.core.lm.TransformerConfig;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.languagemodels.LmEncoderOperator;

class LmEncoderOperatorTest {

    @TempDir
    static Path dir;

    private static Path model;

    @BeforeAll
    static void pretrainATinyModel() throws IOException {
        List<String> corpus = CsvTables.read(SharedDatasets.directory().resolve("moses_test.csv.gz"))
                .stringColumn("SMILES").toList();
        model = dir.resolve("tiny.mfb");
        try (NDManager manager = TorchRuntime.newManager()) {
            new MlmPretrainer(new MlmPretrainer.Settings(v -> new TransformerConfig(v, 16, 1, 2, 32, 66, 0.1f, 1e-5f,
                    1), 64, 1, 16, 12, 1e-3, 2, 0.01, 0.15, 12, 0)).pretrain(corpus.subList(0, 200),
                    corpus.subList(200, 220), manager, p -> { }, () -> false).model().save(model);
        }
    }

    private static Table encode(Table input, String pooling) throws Exception {
        Operator operator = new LmEncoderOperator();
        ParameterValues values = ParameterValues.defaults(operator).with("model_file", model.toString())
                .with("pooling", pooling);
        return ((PortValue.TableValue) Operators.execute(operator, Arrays.asList(PortValue.of(input), null), values,
                ExecutionControl.silent()).get(0)).table();
    }

    @Test
    void everyRowKeepsItsPlaceAndOneMoleculeHasOneVectorHoweverItIsWritten() throws Exception {
        Table input = Table.of(StringColumn.of("smiles", "OCC", "C1CC(", null, "CCO", "c1ccccc1O"));
        Table output = encode(input, "cls");
        assertEquals(5, output.rowCount());
        DoubleVectorColumn vectors = output.doubleVectorColumn("lm_embedding");
        assertEquals(16, vectors.get(0).length, "one value per hidden unit");
        assertArrayEquals(vectors.get(0), vectors.get(3), "ethanol written two ways reads the same canonical SMILES");
        assertFalse(java.util.Arrays.equals(vectors.get(0), vectors.get(4)));
        assertTrue(vectors.isMissing(1));
        assertTrue(vectors.missingReason(1).orElse("").startsWith("unparsable"), vectors.missingReason(1).toString());
        assertTrue(vectors.isMissing(2));
        assertFalse(java.util.Arrays.equals(vectors.get(4), encode(input, "mean").doubleVectorColumn("lm_embedding")
                .get(4)), "mean pooling is not the CLS state");
    }

    @Test
    void aModelFileThatIsNotThereIsNamed() {
        Operator operator = new LmEncoderOperator();
        ParameterValues values = ParameterValues.defaults(operator).with("model_file", dir.resolve("none.mfb")
                .toString());
        Exception error = assertThrows(Exception.class, () -> Operators.execute(operator,
                Arrays.asList(PortValue.of(Table.of(StringColumn.of("smiles", "CCO"))), null), values,
                ExecutionControl.silent()));
        assertTrue(error.getMessage().contains("none.mfb"), error.getMessage());
    }
}
