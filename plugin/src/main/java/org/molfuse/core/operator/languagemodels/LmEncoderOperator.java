package org.molfuse.core.operator.languagemodels;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.PretrainedLm;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.operator.AppendingOperator;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;

/**
 * Embeds molecules with a pretrained SMILES language model (by default the shipped molfuse-smiles-small): each valid
 * molecule's canonical SMILES is encoded and its [CLS] state or mean token state becomes a number vector, for
 * similarity search, clustering, other learners or fusion with graph embeddings.
 */
public final class LmEncoderOperator extends AppendingOperator {

    static final String MODEL_FILE = "model_file";
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
                new Parameter.FilePath(MODEL_FILE, "Language model",
                        "A model file written by molfuse pretrain-lm; empty uses the shipped molfuse-smiles-small.",
                        List.of("mfb")),
                new Parameter.Choice(POOLING, "Pooling",
                        "cls: the final state of the sequence's first ([CLS]) token; mean: the average state of its "
                                + "tokens.", "cls", List.of("cls", "mean")),
                new Parameter.Int(BATCH_SIZE, "Batch size", "Molecules encoded at a time.", 64, 1, 100_000));
    }

    @Override
    protected List<ColumnSpec> appendedColumns(ParameterValues values) {
        return List.of(new ColumnSpec(EMBEDDING, ColumnType.DOUBLE_VECTOR));
    }

    @Override
    protected List<Column> compute(Table input, ParameterValues values, ExecutionControl control) {
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
            try (NDManager manager = TorchRuntime.newManager()) {
                String file = values.string(MODEL_FILE);
                PretrainedLm model = file.isEmpty() ? PretrainedLm.loadDefault(manager)
                        : PretrainedLm.load(Path.of(file), manager);
                control.checkCancelled();
                return model.embed(canonical, SmilesLmPredictor.Pooling.parse(values.string(POOLING)),
                        values.integer(BATCH_SIZE), manager);
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
        return List.of(column.build());
    }
}
