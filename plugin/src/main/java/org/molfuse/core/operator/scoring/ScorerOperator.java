package org.molfuse.core.operator.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.eval.Metric;
import org.molfuse.core.eval.MetricValue;
import org.molfuse.core.operator.ColumnSpec;
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
import org.molfuse.core.ops.ScoreOperation;

/**
 * Scores predictions against true labels: for each truth column, the column named like it plus the prediction
 * suffix holds its predictions. Rows with a missing label or a missing prediction are left out of that task's score
 * (with a warning for the latter).
 */
public final class ScorerOperator implements Operator {

    static final String TRUTH_COLUMNS = "truth_columns";
    static final String PREDICTION_SUFFIX = "prediction_suffix";
    static final String METRICS = "metrics";
    /** The task name of the row that averages a metric over all tasks. */
    static final String ALL_TASKS = "all";

    @Override
    public String name() {
        return "Scorer";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.SCORING;
    }

    @Override
    public String summary() {
        return "Scores predictions against labels with RMSE, MAE, R², ROC-AUC, PR-AUC and other metrics.";
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of(PortDefinition.table("Predictions", "A table with label columns and prediction columns."));
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.table("Scores",
                "One row per metric and task (task 'all' is the average over several tasks), with the value, or a "
                        + "missing value and the reason when the metric is undefined for the data."));
    }

    @Override
    public List<Parameter> parameters() {
        List<String> metrics = new ArrayList<>(List.of("auto"));
        for (Metric metric : ScoreOperation.DEFAULT_REGRESSION) {
            metrics.add(metric.name());
        }
        for (Metric metric : ScoreOperation.DEFAULT_CLASSIFICATION) {
            metrics.add(metric.name());
        }
        return List.of(
                new Parameter.ColumnNames(TRUTH_COLUMNS, "Label columns",
                        "The columns holding the true values, one per task.", 0,
                        Set.of(ColumnType.DOUBLE, ColumnType.INT, ColumnType.STRING)),
                new Parameter.Text(PREDICTION_SUFFIX, "Prediction column suffix",
                        "The predictions of label column X are read from column X followed by this suffix, as the "
                                + "predictor names them.", "_predicted"),
                new Parameter.Choice(METRICS, "Metric",
                        "auto: RMSE, MAE, R² and Pearson r for numeric labels; ROC-AUC, PR-AUC, average precision, "
                                + "accuracy and F1 (threshold 0.5) when every label is 0 or 1. Or one metric.",
                        "auto", metrics));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        List<String> truth = truthColumns(values);
        TableSpec table = Operators.tableSpecAt(inputs, 0);
        if (table != null) {
            for (String column : predictionColumns(values, truth)) {
                if (table.find(column).isEmpty()) {
                    throw new InvalidParameterException(values.parameter(PREDICTION_SUFFIX), "there is no prediction "
                            + "column '" + column + "'; the columns are " + table.names());
                }
            }
        }
        return List.of(new TableSpec(List.of(new ColumnSpec("metric", ColumnType.STRING),
                new ColumnSpec("task", ColumnType.STRING), new ColumnSpec("value", ColumnType.DOUBLE),
                new ColumnSpec("reason", ColumnType.STRING))));
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control) {
        configure(List.of(inputs.get(0).spec()), values);
        List<String> truth = truthColumns(values);
        String chosen = values.string(METRICS);
        List<Metric> metrics = "auto".equals(chosen) ? List.of() : List.of(Metric.parse(chosen));
        List<String> predictions = predictionColumns(values, truth);
        Table table = Operators.tableAt(inputs, 0);
        List<Column> scored = new ArrayList<>();
        int unpredicted = 0;
        for (int task = 0; task < truth.size(); task++) {
            DoubleColumn labels = table.numberColumn(truth.get(task));
            DoubleColumn predicted = table.numberColumn(predictions.get(task));
            DoubleColumn.Builder masked = DoubleColumn.builder(truth.get(task));
            for (int row = 0; row < labels.size(); row++) {
                if (labels.isMissing(row) || predicted.isMissing(row)) {
                    unpredicted += labels.isMissing(row) ? 0 : 1;
                    masked.addMissing();
                } else {
                    masked.add(labels.getDouble(row));
                }
            }
            scored.add(masked.build());
            scored.add(predicted);
        }
        if (unpredicted > 0) {
            // the predictors leave invalid molecules unpredicted; they cannot count for or against a model
            control.warning(unpredicted + (unpredicted == 1 ? " label" : " labels")
                    + " without a prediction (invalid molecules) left out of the scores");
        }
        List<ScoreOperation.Score> scores = ScoreOperation.score(Table.of(scored), truth, predictions, metrics);
        StringColumn.Builder metricNames = StringColumn.builder("metric");
        StringColumn.Builder tasks = StringColumn.builder("task");
        DoubleColumn.Builder numbers = DoubleColumn.builder("value");
        StringColumn.Builder reasons = StringColumn.builder("reason");
        for (ScoreOperation.Score score : scores) {
            for (Map.Entry<String, MetricValue> task : score.perTask().entrySet()) {
                add(score.metric(), task.getKey(), task.getValue(), metricNames, tasks, numbers, reasons);
            }
            if (score.perTask().size() != 1) {
                add(score.metric(), ALL_TASKS, score.overall(), metricNames, tasks, numbers, reasons);
            }
        }
        return List.of(PortValue.of(Table.of(metricNames.build(), tasks.build(), numbers.build(), reasons.build())));
    }

    private static void add(Metric metric, String task, MetricValue value, StringColumn.Builder metrics,
            StringColumn.Builder tasks, DoubleColumn.Builder numbers, StringColumn.Builder reasons) {
        metrics.add(metric.name());
        tasks.add(task);
        if (value.isDefined()) {
            numbers.add(value.value());
            reasons.addMissing();
        } else {
            numbers.addMissing(value.reason());
            reasons.add(value.reason());
        }
    }

    private static List<String> truthColumns(ParameterValues values) {
        List<String> truth = values.strings(TRUTH_COLUMNS);
        if (truth.isEmpty()) {
            throw new InvalidParameterException(values.parameter(TRUTH_COLUMNS), "choose at least one label column");
        }
        return truth;
    }

    private static List<String> predictionColumns(ParameterValues values, List<String> truth) {
        return truth.stream().map(column -> column + values.string(PREDICTION_SUFFIX)).toList();
    }
}
