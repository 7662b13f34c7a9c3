package org.molfuse.core.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.DoubleVectorColumn;
import org.molfuse.core.data.Table;

/**
 * The columns every predictor appends: one per task, named after the task with {@link #SUFFIX}, and optionally the
 * molecule embedding. A row the model could not read gets missing cells carrying its reason.
 */
public final class PredictionColumns {

    /** Suffix of the prediction column of each task. */
    public static final String SUFFIX = "_predicted";

    private PredictionColumns() {
    }

    /** Results of the examples spread over the {@code rowCount} input rows; null for rows without an example. */
    public static <E> float[][] byRow(int rowCount, List<E> examples, ToIntFunction<E> row, float[][] results) {
        float[][] byRow = new float[rowCount][];
        for (int i = 0; i < examples.size(); i++) {
            byRow[row.applyAsInt(examples.get(i))] = results[i];
        }
        return byRow;
    }

    /**
     * @param byRow   per input row, the predictions per task, or null for a row the model could not read
     * @param reasons per input row, why it has no prediction (read where {@code byRow} is null)
     */
    public static List<Column> tasks(Table table, List<String> taskNames, float[][] byRow, String[] reasons) {
        List<Column> columns = new ArrayList<>();
        for (int task = 0; task < taskNames.size(); task++) {
            DoubleColumn.Builder column = DoubleColumn.builder(table.uniqueName(taskNames.get(task) + SUFFIX));
            for (int row = 0; row < byRow.length; row++) {
                if (byRow[row] == null) {
                    column.addMissing(reasons[row]);
                } else {
                    column.add(byRow[row][task]);
                }
            }
            columns.add(column.build());
        }
        return columns;
    }

    /** A vector column of {@code width} numbers per row, as {@link #tasks} for missing rows. */
    public static Column embedding(Table table, String name, int width, float[][] byRow, String[] reasons) {
        DoubleVectorColumn.Builder column = DoubleVectorColumn.builder(table.uniqueName(name), width);
        for (int row = 0; row < byRow.length; row++) {
            if (byRow[row] == null) {
                column.addMissing(reasons[row]);
            } else {
                double[] vector = new double[width];
                for (int k = 0; k < width; k++) {
                    vector[k] = byRow[row][k];
                }
                column.add(vector);
            }
        }
        return column.build();
    }
}
