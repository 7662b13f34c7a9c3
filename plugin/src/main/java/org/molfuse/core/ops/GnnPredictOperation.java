package org.molfuse.core.ops;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.train.ModelBundle;
import org.molfuse.core.train.ModelPredictor;

/**
 * Predicts with a trained graph model: one column per task (values for regression, probabilities of the positive
 * class for classification) appended to the input. Every row stays; an invalid molecule gets missing predictions
 * whose reason is the validation message.
 */
public final class GnnPredictOperation {

    /** Suffix of the prediction column of each task. */
    public static final String SUFFIX = "_predicted";

    private GnnPredictOperation() {
    }

    public static Table execute(Table table, String smilesColumn, ModelBundle bundle, NDManager manager,
            int batchSize, BooleanSupplier cancelled) {
        GraphFeaturizerSpec spec = GraphFeaturizerSpec.fromJson(bundle.featurizerJson());
        MoleculeGraphs.Featurized featurized = MoleculeGraphs.featurize(table.stringColumn(smilesColumn),
                spec.newStandardizer(), spec.featurizer());
        List<MoleculeGraphs.Example> valid = new ArrayList<>();
        float[] noLabels = new float[bundle.taskNames().size()];
        for (int row = 0; row < table.rowCount(); row++) {
            if (featurized.graphs()[row] != null) {
                valid.add(new MoleculeGraphs.Example(row, featurized.graphs()[row], noLabels));
            }
        }
        float[][] predictions = valid.isEmpty() ? new float[0][]
                : new ModelPredictor(bundle.block(), bundle.taskKinds(), bundle.scaler())
                        .predict(manager, MoleculeGraphs.SOURCE, valid, batchSize, cancelled);
        float[][] byRow = new float[table.rowCount()][];
        for (int i = 0; i < valid.size(); i++) {
            byRow[valid.get(i).row()] = predictions[i];
        }
        List<Column> columns = new ArrayList<>();
        for (int task = 0; task < bundle.taskNames().size(); task++) {
            DoubleColumn.Builder column = DoubleColumn.builder(table.uniqueName(bundle.taskNames().get(task) + SUFFIX));
            for (int row = 0; row < byRow.length; row++) {
                if (byRow[row] == null) {
                    column.addMissing(featurized.reasons()[row]);
                } else {
                    column.add(byRow[row][task]);
                }
            }
            columns.add(column.build());
        }
        return table.withColumns(columns);
    }
}
