package org.molfuse.core.ops;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.LmTokenizer;
import org.molfuse.core.lm.PretrainedEncoder;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.ModelPredictor;

/**
 * Predicts with a fine-tuned SMILES language model ({@link LmLearnOperation}): each molecule is standardized and read
 * as its canonical SMILES, as in training, and gets one column per task and optionally its pooled encoder vector.
 * Every row stays; an invalid molecule gets missing predictions whose reason is the validation message.
 */
public final class LmPredictOperation {

    /** Name of the optional column of molecule vectors. */
    public static final String EMBEDDING = "lm_embedding";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LmPredictOperation() {
    }

    public static Table execute(Table table, String smilesColumn, ModelBundle bundle, NDManager manager,
            int batchSize, boolean withEmbedding, BooleanSupplier cancelled) {
        SmilesLmPredictor block = (SmilesLmPredictor) bundle.block();
        try (Featurizer featurizer = Featurizer.fromJson(bundle.featurizerJson())) {
            return execute(table, smilesColumn, bundle, block, featurizer, manager, batchSize, withEmbedding,
                    cancelled);
        }
    }

    private static Table execute(Table table, String smilesColumn, ModelBundle bundle, SmilesLmPredictor block,
            Featurizer featurizer, NDManager manager, int batchSize, boolean withEmbedding,
            BooleanSupplier cancelled) {
        MoleculeStandardizer standardizer = new MoleculeStandardizer(StandardizerOptions.defaults());
        StringColumn smiles = table.stringColumn(smilesColumn);
        String[] reasons = new String[table.rowCount()];
        List<LmLearnOperation.Example> valid = new ArrayList<>();
        float[] noLabels = new float[bundle.taskNames().size()];
        for (int row = 0; row < table.rowCount(); row++) {
            StandardizedMolecule molecule = standardizer.standardize(smiles.isMissing(row) ? null
                    : smiles.getString(row));
            if (molecule.isValid()) {
                valid.add(new LmLearnOperation.Example(row,
                        featurizer.tokenizer().encodeAtMost(molecule.canonicalSmiles(), featurizer.maxLength()),
                        noLabels));
            } else {
                reasons[row] = molecule.message();
            }
        }
        float[][] predictions = valid.isEmpty() ? new float[0][]
                : new ModelPredictor(block, bundle.taskKinds(), bundle.scaler())
                        .predict(manager, LmLearnOperation.SOURCE, valid, batchSize, cancelled);
        List<Column> columns = new ArrayList<>(PredictionColumns.tasks(table, bundle.taskNames(),
                PredictionColumns.byRow(table.rowCount(), valid, LmLearnOperation.Example::row, predictions),
                reasons));
        if (withEmbedding) {
            int[][] ids = valid.stream().map(LmLearnOperation.Example::ids).toArray(int[][]::new);
            float[][] vectors = block.encoder().embed(ids, block.architecture().pooling(), batchSize, manager,
                    cancelled);
            int width = block.architecture().transformer().hiddenSize();
            columns.add(PredictionColumns.embedding(table, EMBEDDING, width,
                    PredictionColumns.byRow(table.rowCount(), valid, LmLearnOperation.Example::row, vectors),
                    reasons));
        }
        return table.withColumns(columns);
    }

    /** How a fine-tuned model reads SMILES: its tokenizer and longest token sequence. */
    record Featurizer(LmTokenizer tokenizer, int maxLength) implements AutoCloseable {
        static Featurizer fromJson(String json) {
            try {
                JsonNode node = JSON.readTree(json);
                int maxLength = node.path("max_length").asInt();
                if (maxLength < 3) {
                    throw new IllegalArgumentException("the model carries no sequence length");
                }
                return new Featurizer(PretrainedEncoder.tokenizerOf(node), maxLength);
            } catch (IOException e) {
                throw new IllegalArgumentException("the model's tokenizer is unreadable: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            tokenizer.close();
        }
    }
}
