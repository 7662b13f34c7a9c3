package org.molfuse.core.ops;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.Table;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.ModelPredictor;

/**
 * Predicts with a trained graph model: one column per task (values for regression, probabilities of the positive
 * class for classification) appended to the input. Every row stays; an invalid molecule gets missing predictions
 * whose reason is the validation message.
 */
public final class GnnPredictOperation {

    private GnnPredictOperation() {
    }

    /** Name of the optional column of graph embeddings. */
    public static final String EMBEDDING = "graph_embedding";

    public static Table execute(Table table, String smilesColumn, ModelBundle bundle, NDManager manager,
            int batchSize, BooleanSupplier cancelled) {
        return execute(table, smilesColumn, bundle, manager, batchSize, false, cancelled);
    }

    /**
     * With {@code withEmbedding}, also appends the input of the prediction head of each molecule (the encoder's
     * readout vector, then the scaled molecule features if the model has them; for an ensemble, every member's, one
     * after the other), for fusion with other models or distillation.
     */
    public static Table execute(Table table, String smilesColumn, ModelBundle bundle, NDManager manager,
            int batchSize, boolean withEmbedding, BooleanSupplier cancelled) {
        GraphFeaturizerSpec spec = GraphFeaturizerSpec.fromJson(bundle.featurizerJson());
        MoleculeGraphs.Featurized featurized = MoleculeGraphs.featurize(table.stringColumn(smilesColumn), spec);
        float[][] noLabels = new float[table.rowCount()][bundle.taskNames().size()];
        List<MoleculeGraphs.Example> valid = MoleculeGraphs.examples(IntStream.range(0, table.rowCount()).toArray(),
                featurized, spec.moleculeFeatureScaler(), noLabels);
        float[][] predictions = valid.isEmpty() ? new float[0][]
                : new ModelPredictor(bundle.block(), bundle.taskKinds(), bundle.scaler())
                        .predict(manager, MoleculeGraphs.SOURCE, valid, batchSize, cancelled);
        List<Column> columns = new ArrayList<>(PredictionColumns.tasks(table, bundle.taskNames(),
                PredictionColumns.byRow(table.rowCount(), valid, MoleculeGraphs.Example::row, predictions),
                featurized.reasons()));
        if (withEmbedding) {
            int width = GnnArchitecture.fromJson(bundle.architectureJson()).embeddingSize();
            float[][] vectors = new float[valid.size()][0];
            for (Block member : GnnArchitecture.members(bundle.block())) {
                float[][] part = valid.isEmpty() ? new float[0][]
                        : ModelPredictor.outputs(GnnArchitecture.embedding(member), manager, MoleculeGraphs.SOURCE,
                                valid, batchSize, cancelled, (outputs, rows) -> { });
                for (int i = 0; i < vectors.length; i++) {
                    vectors[i] = concatenated(vectors[i], part[i]);
                }
            }
            columns.add(PredictionColumns.embedding(table, EMBEDDING, width,
                    PredictionColumns.byRow(table.rowCount(), valid, MoleculeGraphs.Example::row, vectors),
                    featurized.reasons()));
        }
        return table.withColumns(columns);
    }

    private static float[] concatenated(float[] first, float[] second) {
        float[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
