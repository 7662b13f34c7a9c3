package org.molfuse.core.operator.learners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.IntColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.data.TaskType;
import org.molfuse.core.eval.Split;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.TableSpec;
import org.molfuse.core.train.EpochRecord;
import org.molfuse.core.train.TaskKind;

/**
 * What every learner node does with its two input tables, whatever the model: the target and task-type settings, the
 * training rows followed by the validation rows as one table and split, task kinds from the labels, and the
 * per-epoch history table.
 */
public final class LearnerTables {

    public static final String TARGET_COLUMNS = "target_columns";
    public static final String TASK_TYPE = "task_type";

    private LearnerTables() {
    }

    public static PortDefinition trainingPort() {
        return PortDefinition.table("Training data", "Molecules (SMILES) with their labels to learn from.");
    }

    public static PortDefinition validationPort() {
        return PortDefinition.table("Validation data", "Molecules with labels, with the same columns as the training "
                + "data, used to pick the best epoch; never trained on.");
    }

    public static PortDefinition historyPort() {
        return PortDefinition.table("Training history",
                "One row per epoch: training loss, validation metric and learning rate.");
    }

    public static Parameter.ColumnNames targetColumns() {
        return new Parameter.ColumnNames(TARGET_COLUMNS, "Target columns",
                "The label columns to predict; several columns make one multi-task model. Missing labels are allowed "
                        + "and only mask that task for that molecule.", 0,
                Set.of(ColumnType.DOUBLE, ColumnType.INT, ColumnType.STRING));
    }

    public static Parameter.Choice taskType() {
        return new Parameter.Choice(TASK_TYPE, "Task type",
                "regression or classification for every target; auto makes a target whose labels are all 0 or 1 a "
                        + "classification task and any other a regression task.",
                "auto", List.of("auto", "regression", "classification"));
    }

    /** The chosen targets, checked. */
    public static List<String> targets(ParameterValues values) {
        List<String> targets = values.strings(TARGET_COLUMNS);
        if (targets.isEmpty()) {
            throw new InvalidParameterException(values.parameter(TARGET_COLUMNS), "choose at least one target column");
        }
        if (targets.contains(values.string(CommonParameters.SMILES_COLUMN))) {
            throw new InvalidParameterException(values.parameter(TARGET_COLUMNS),
                    "the SMILES column cannot be a target");
        }
        return targets;
    }

    /** Checks that the validation table, when known, has the SMILES and target columns. */
    public static void checkValidation(TableSpec validation, ParameterValues values, List<String> targets) {
        if (validation == null) {
            return;
        }
        List<String> needed = new ArrayList<>();
        needed.add(values.string(CommonParameters.SMILES_COLUMN));
        needed.addAll(targets);
        for (String column : needed) {
            if (validation.find(column).isEmpty()) {
                throw new InvalidParameterException("the validation table has no column '" + column
                        + "'; it needs the training table's SMILES and target columns");
            }
        }
    }

    /** The task kinds as set, or null for auto, which only the labels tell. */
    public static List<TaskKind> configuredKinds(ParameterValues values, List<String> targets) {
        return switch (values.string(TASK_TYPE)) {
            case "regression" -> targets.stream().map(target -> TaskKind.REGRESSION).toList();
            case "classification" -> targets.stream().map(target -> TaskKind.BINARY_CLASSIFICATION).toList();
            default -> null;
        };
    }

    /** The SMILES and target columns of training rows followed by validation rows; targets as numbers. */
    public static Table stack(Table training, Table validation, String smiles, List<String> targets) {
        if (training.rowCount() == 0) {
            throw new IllegalArgumentException("the training table has no rows to learn from");
        }
        StringColumn.Builder molecules = StringColumn.builder(smiles);
        for (Table part : List.of(training, validation)) {
            StringColumn column = part.stringColumn(smiles);
            for (int row = 0; row < column.size(); row++) {
                if (column.isMissing(row)) {
                    molecules.addMissing(column.missingReason(row).orElse(null));
                } else {
                    molecules.add(column.getString(row));
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(molecules.build());
        for (String target : targets) {
            DoubleColumn.Builder labels = DoubleColumn.builder(target);
            for (Table part : List.of(training, validation)) {
                DoubleColumn column = part.numberColumn(target);
                for (int row = 0; row < column.size(); row++) {
                    if (column.isMissing(row)) {
                        labels.addMissing();
                    } else {
                        labels.add(column.getDouble(row));
                    }
                }
            }
            columns.add(labels.build());
        }
        return Table.of(columns);
    }

    /** The split of a {@link #stack}ed table: its first {@code trainingRows} rows train, the rest validate. */
    public static Split split(int trainingRows, Table stacked) {
        return new Split(IntStream.range(0, trainingRows).toArray(),
                IntStream.range(trainingRows, stacked.rowCount()).toArray(), new int[0]);
    }

    /** Each target's task: as set, or for auto, classification exactly when every label present is 0 or 1. */
    public static List<TaskSpec> tasks(Table table, List<String> targets, ParameterValues values) {
        String taskType = values.string(TASK_TYPE);
        List<TaskSpec> tasks = new ArrayList<>();
        for (String target : targets) {
            TaskType type = switch (taskType) {
                case "regression" -> TaskType.REGRESSION;
                case "classification" -> TaskType.CLASSIFICATION;
                default -> isBinary(table.doubleColumn(target)) ? TaskType.CLASSIFICATION : TaskType.REGRESSION;
            };
            if (type == TaskType.CLASSIFICATION && !isBinary(table.doubleColumn(target))) {
                throw new IllegalArgumentException("target '" + target + "' is set to classification but has labels "
                        + "other than 0 and 1");
            }
            tasks.add(new TaskSpec(target, type));
        }
        return tasks;
    }

    private static boolean isBinary(DoubleColumn labels) {
        for (int row = 0; row < labels.size(); row++) {
            if (!labels.isMissing(row) && labels.getDouble(row) != 0 && labels.getDouble(row) != 1) {
                return false;
            }
        }
        return true;
    }

    /** The progress message of a finished epoch. */
    public static String progressMessage(EpochRecord epoch, int epochs) {
        return String.format(Locale.ROOT, "epoch %d of %d, loss %.4f, validation %.4f", epoch.epoch(), epochs,
                epoch.trainLoss(), epoch.validationMetric());
    }

    public static TableSpec historySpec() {
        return new TableSpec(List.of(new ColumnSpec("epoch", ColumnType.INT),
                new ColumnSpec("train_loss", ColumnType.DOUBLE), new ColumnSpec("validation_metric", ColumnType.DOUBLE),
                new ColumnSpec("learning_rate", ColumnType.DOUBLE)));
    }

    public static Table historyTable(List<EpochRecord> history) {
        IntColumn.Builder epochs = IntColumn.builder("epoch");
        DoubleColumn.Builder losses = DoubleColumn.builder("train_loss");
        DoubleColumn.Builder metrics = DoubleColumn.builder("validation_metric");
        DoubleColumn.Builder rates = DoubleColumn.builder("learning_rate");
        for (EpochRecord epoch : history) {
            epochs.add(epoch.epoch());
            losses.add(epoch.trainLoss());
            if (Double.isNaN(epoch.validationMetric())) {
                metrics.addMissing("undefined on the validation rows");
            } else {
                metrics.add(epoch.validationMetric());
            }
            rates.add(epoch.learningRate());
        }
        return Table.of(epochs.build(), losses.build(), metrics.build(), rates.build());
    }
}
