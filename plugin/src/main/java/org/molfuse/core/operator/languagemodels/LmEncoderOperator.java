package org.molfuse.core.operator.languagemodels;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.PretrainedEncoder;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.TableSpec;

/**
 * Embeds molecules with a pretrained SMILES language model (by default the shipped molfuse-smiles-small): each valid
 * molecule's canonical SMILES is encoded and its [CLS] state or mean token state becomes a number vector, for
 * similarity search, clustering, other learners or fusion with graph embeddings. The model comes from the optional
 * model input (a SMILES LM Pretrainer's), else the model file setting (a pretrain-lm file or a HuggingFace RoBERTa
 * checkpoint), else the shipped one.
 */
public final class LmEncoderOperator implements Operator {

    static final String POOLING = "pooling";
    static final String BATCH_SIZE = "batch_size";
    static final String EMBEDDING = "lm_embedding";

    @Override
    public String name() {
        return "LM Encoder";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.LANGUAGE_MODELS;
    }

    @Override
    public String summary() {
        return "Embeds molecules as vectors with a pretrained SMILES language model.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0),
                PretrainedModelInput.fileParameter(),
                new Parameter.Choice(POOLING, "Pooling",
                        "cls: the final state of the sequence's first ([CLS]) token; mean: the average state of its "
                                + "tokens.", "cls", List.of("cls", "mean")),
                new Parameter.Int(BATCH_SIZE, "Batch size", "Molecules encoded at a time.", 64, 1, 100_000));
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of(PortDefinition.table("Molecules", "A table with a column of SMILES."),
                PretrainedModelInput.port());
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.table("Molecules with embeddings",
                "The input table, every row in its place, with the embedding column appended."));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        PretrainedModelInput.check(Operators.modelSpecAt(inputs, 1), values, 1);
        TableSpec input = Operators.tableSpecAt(inputs, 0);
        return Collections.singletonList(input == null ? null
                : input.append(List.of(new ColumnSpec(EMBEDDING, ColumnType.DOUBLE_VECTOR))));
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        PortValue.ModelValue connected = Operators.optionalModelAt(inputs, 1);
        configure(Arrays.asList(inputs.get(0).spec(), connected == null ? null : connected.spec()), values);
        Table input = Operators.tableAt(inputs, 0);
        return List.of(PortValue.of(input.withColumns(List.of(embeddings(input, connected, values, control)))));
    }

    private static Column embeddings(Table input, PortValue.ModelValue connected, ParameterValues values,
            ExecutionControl control) {
        StringColumn smiles = input.stringColumn(values.string(CommonParameters.SMILES_COLUMN));
        MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
        List<String> canonical = new ArrayList<>();
        String[] reasons = new String[smiles.size()];
        for (int row = 0; row < smiles.size(); row++) {
            StandardizedMolecule molecule = standardizer.standardize(smiles.isMissing(row) ? null : smiles.getString(row));
            if (molecule.isValid()) {
                canonical.add(molecule.canonicalSmiles());
            } else {
                reasons[row] = molecule.message();
            }
        }
        control.progress(0.1, "encoding " + canonical.size() + " molecules");
        float[][] vectors = TorchRuntime.withBundleClassLoader(() -> {
            try (NDManager manager = TorchRuntime.newManager();
                    PretrainedEncoder model = PretrainedModelInput.load(connected, values, manager)) {
                control.checkCancelled();
                return model.embed(canonical, SmilesLmPredictor.Pooling.parse(values.string(POOLING)),
                        values.integer(BATCH_SIZE), manager, control.cancellation());
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        });
        DoubleVectorColumn.Builder column = DoubleVectorColumn.builder(input.uniqueName(EMBEDDING));
        int next = 0;
        for (int row = 0; row < smiles.size(); row++) {
            if (reasons[row] != null) {
                column.addMissing(reasons[row]);
            } else {
                float[] vector = vectors[next++];
                double[] values64 = new double[vector.length];
                for (int i = 0; i < vector.length; i++) {
                    values64[i] = vector[i];
                }
                column.add(values64);
            }
        }
        return column.build();
    }
}
