package org.molfuse.core.data;

import java.util.Locale;
import java.util.Objects;

/** One label column and its task type, as given on a command line: {@code "COLUMN:regression"}. */
public record TaskSpec(String column, TaskType type) {

    public TaskSpec {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
        if (column.isEmpty()) {
            throw new IllegalArgumentException("a task needs a column name");
        }
    }

    public static TaskSpec regression(String column) {
        return new TaskSpec(column, TaskType.REGRESSION);
    }

    public static TaskSpec classification(String column) {
        return new TaskSpec(column, TaskType.CLASSIFICATION);
    }

    /**
     * Parses {@code COLUMN:regression} or {@code COLUMN:classification} (type in any case). The text is split at its
     * last colon, so the column name may itself contain colons and spaces, e.g.
     * {@code "measured log solubility in mols per litre:regression"}.
     */
    public static TaskSpec parse(String text) {
        Objects.requireNonNull(text, "task text");
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("task '" + text + "' has no type: expected COLUMN:regression or "
                    + "COLUMN:classification");
        }
        String column = text.substring(0, colon);
        String type = text.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        if (column.isEmpty()) {
            throw new IllegalArgumentException("task '" + text + "' has no column name before the ':'");
        }
        return switch (type) {
            case "regression" -> regression(column);
            case "classification" -> classification(column);
            default -> throw new IllegalArgumentException("task '" + text + "' has type '"
                    + text.substring(colon + 1) + "'; expected 'regression' or 'classification' after the last ':'");
        };
    }

    /** The text {@link #parse(String)} reads back. */
    public String format() {
        return column + ":" + type.name().toLowerCase(Locale.ROOT);
    }
}
