package org.molfuse.core.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.PortValue;

/**
 * The results a workflow is expected to give, kept beside it in {@code expectations.json}:
 *
 * <pre>
 * {"about": "...", "checks": [
 *   {"node": 2, "port": 1, "rows": 1128},
 *   {"node": 2, "port": 1, "columns": ["standardized_smiles", "valid"]},
 *   {"node": 2, "port": 1, "column": "reason", "missing": 1125},
 *   {"node": 6, "port": 1, "where": {"metric": "rmse"}, "column": "value", "min": 0.4, "max": 1.0},
 *   {"node": 3, "port": 1, "row": 1, "column": "scaffold", "equals": "c1ccccc1"},
 *   {"node": 3, "port": 1, "row": 2, "column": "mw", "equals": 180.16, "tolerance": 0.01},
 *   {"node": 5, "port": 1, "tasks": ["measured log solubility in mols per litre"]}]}
 * </pre>
 *
 * {@code node} is the node id, {@code port} the KNIME output port (1 is the first). A cell is chosen by {@code row}
 * (counted from 1) or by {@code where} (column values that select exactly one row). Every check may say
 * {@code "why"}. Unknown keys are refused, so a misspelt check cannot pass silently.
 */
public final class Expectations {

    public static final String FILE = "expectations.json";

    private static final Set<String> KEYS = Set.of("node", "port", "why", "rows", "columns", "column", "missing",
            "row", "where", "equals", "tolerance", "min", "max", "tasks");

    /** One check and its outcome. */
    public record Outcome(String check, boolean passed, String detail) {
    }

    private final Path file;
    private final List<JsonNode> checks;

    private Expectations(Path file, List<JsonNode> checks) {
        this.file = file;
        this.checks = checks;
    }

    /** The expectations beside a workflow. */
    public static Expectations load(Path workflowDirectory) throws IOException {
        Path file = workflowDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(workflowDirectory + " has no " + FILE);
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode checks = root.path("checks");
        if (!checks.isArray() || checks.isEmpty()) {
            throw new IllegalArgumentException(file + ": 'checks' must be a non-empty list");
        }
        List<JsonNode> list = new ArrayList<>();
        for (int index = 0; index < checks.size(); index++) {
            JsonNode check = checks.get(index);
            for (Iterator<String> names = check.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!KEYS.contains(name)) {
                    throw new IllegalArgumentException(file + ": check " + (index + 1) + " has an unknown key '"
                            + name + "'; the keys are " + KEYS.stream().sorted().toList());
                }
            }
            if (!check.path("node").isInt() || !check.path("port").isInt()) {
                throw new IllegalArgumentException(file + ": check " + (index + 1) + " needs 'node' and 'port'");
            }
            list.add(check);
        }
        return new Expectations(file, List.copyOf(list));
    }

    public int size() {
        return checks.size();
    }

    /** Every check against the run; a check that cannot be evaluated fails with the reason. */
    public List<Outcome> check(WorkflowRunner.Result result) {
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode check : checks) {
            String name = describe(result, check);
            try {
                String failure = evaluate(result.output(check.get("node").asInt(), check.get("port").asInt()), check);
                outcomes.add(new Outcome(name, failure == null, failure == null ? "" : failure
                        + (check.has("why") ? " (" + check.get("why").asText() + ")" : "")));
            } catch (IllegalArgumentException | IllegalStateException unusable) {
                outcomes.add(new Outcome(name, false, unusable.getMessage()));
            }
        }
        return outcomes;
    }

    private static String describe(WorkflowRunner.Result result, JsonNode check) {
        int id = check.get("node").asInt();
        String node = result.workflow().node(id).map(Workflow.Node::label).orElse("node #" + id);
        StringBuilder text = new StringBuilder(node + " port " + check.get("port").asInt());
        if (check.has("column")) {
            text.append(" column '").append(check.get("column").asText()).append("'");
        }
        if (check.has("row")) {
            text.append(" row ").append(check.get("row").asInt());
        }
        if (check.has("where")) {
            text.append(" where ").append(check.get("where"));
        }
        for (String kind : List.of("rows", "columns", "missing", "equals", "min", "max", "tasks")) {
            if (check.has(kind)) {
                text.append(' ').append(kind).append(' ').append(check.get(kind));
            }
        }
        return text.toString();
    }

    /** Null when the check passes, else what was found. */
    private static String evaluate(PortValue port, JsonNode check) {
        if (check.has("tasks")) {
            if (!(port instanceof PortValue.ModelValue model)) {
                return "the port holds a table, not a model";
            }
            List<String> expected = new ArrayList<>();
            check.get("tasks").forEach(task -> expected.add(task.asText()));
            return model.spec().taskNames().equals(expected) ? null : "the model's tasks are "
                    + model.spec().taskNames();
        }
        if (!(port instanceof PortValue.TableValue tableValue)) {
            return "the port holds a model, not a table";
        }
        Table table = tableValue.table();
        if (check.has("rows")) {
            int rows = check.get("rows").asInt();
            return table.rowCount() == rows ? null : "the table has " + table.rowCount() + " rows";
        }
        if (check.has("columns")) {
            if (!check.get("columns").isArray()) {
                // a single name would otherwise be iterated as no names at all, and the check would pass
                throw new IllegalArgumentException("'columns' must be a list of column names, not "
                        + check.get("columns"));
            }
            List<String> missing = new ArrayList<>();
            check.get("columns").forEach(name -> {
                if (!table.hasColumn(name.asText())) {
                    missing.add(name.asText());
                }
            });
            return missing.isEmpty() ? null : "columns " + missing + " are absent; the columns are "
                    + table.columnNames();
        }
        Column column = table.column(text(check, "column"));
        if (check.has("missing")) {
            int missing = column.missingCount();
            return missing == check.get("missing").asInt() ? null : missing + " cells are missing";
        }
        int row = row(table, check);
        if (check.has("equals")) {
            return equals(column, row, check);
        }
        if (check.has("min") || check.has("max")) {
            if (column.isMissing(row)) {
                return "the cell is missing" + column.missingReason(row).map(reason -> " (" + reason + ")").orElse("");
            }
            double value = number(column, row);
            double min = bound(check, "min", Double.NEGATIVE_INFINITY);
            double max = bound(check, "max", Double.POSITIVE_INFINITY);
            return value >= min && value <= max ? null : String.format(Locale.ROOT, "the value is %.6g", value);
        }
        throw new IllegalArgumentException("the check says nothing to compare: give rows, columns, missing, equals, "
                + "min/max or tasks");
    }

    /** The number under {@code key}, {@code absent} without one; text such as "high" is refused, not ignored. */
    private static double bound(JsonNode check, String key, double absent) {
        if (!check.has(key)) {
            return absent;
        }
        if (!check.get(key).isNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be a number, not " + check.get(key));
        }
        return check.get(key).asDouble();
    }

    private static String equals(Column column, int row, JsonNode check) {
        JsonNode expected = check.get("equals");
        if (expected.isNull()) {
            return column.isMissing(row) ? null : "the cell is '" + column.format(row) + "', not missing";
        }
        if (column.isMissing(row)) {
            return "the cell is missing" + column.missingReason(row).map(reason -> " (" + reason + ")").orElse("");
        }
        if (expected.isNumber()) {
            double value = number(column, row);
            double tolerance = check.path("tolerance").asDouble(0);
            return Math.abs(value - expected.asDouble()) <= tolerance ? null
                    : String.format(Locale.ROOT, "the value is %.10g", value);
        }
        String actual = column.format(row);
        return actual.equals(expected.asText()) ? null : "the cell is '" + actual + "'";
    }

    private static double number(Column column, int row) {
        Object value = column.get(row);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(column.format(row));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the cell '" + column.format(row) + "' is not a number");
        }
    }

    /** The row index (from 0) chosen by {@code row} (from 1) or {@code where}. */
    private static int row(Table table, JsonNode check) {
        if (check.has("row")) {
            int row = check.get("row").asInt();
            if (row < 1 || row > table.rowCount()) {
                throw new IllegalArgumentException("row " + row + " is outside the table's " + table.rowCount()
                        + " rows");
            }
            return row - 1;
        }
        if (!check.has("where")) {
            throw new IllegalArgumentException("choose the cell with 'row' or 'where'");
        }
        List<Integer> matches = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            boolean match = true;
            for (Iterator<Map.Entry<String, JsonNode>> fields = check.get("where").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                match &= table.column(field.getKey()).format(row).equals(field.getValue().asText());
            }
            if (match) {
                matches.add(row);
            }
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException(matches.size() + " rows match " + check.get("where")
                    + ", expected exactly one");
        }
        return matches.get(0);
    }

    private static String text(JsonNode check, String key) {
        if (!check.path(key).isTextual()) {
            throw new IllegalArgumentException("the check needs '" + key + "'");
        }
        return check.get(key).asText();
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
