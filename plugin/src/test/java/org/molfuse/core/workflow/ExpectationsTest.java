package org.molfuse.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.ModelSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.train.TaskKind;

/** expectations.json: every check kind against a hand-made run result, passing and failing. */
class ExpectationsTest {

    private static final Workflow.Node SCAFFOLDS = new Workflow.Node(2, "Scaffolds", TestWorkflowTemplates.SCAFFOLDS,
            new KnimeConfig("model"));
    private static final Workflow.Node LEARNER = new Workflow.Node(3, "GNN Learner", TestWorkflowTemplates.LEARNER,
            new KnimeConfig("model"));

    /**
     * name | kind | scaffold | mw: aspirin, drug, c1ccccc1, 180.159; ethanol, solvent, "", 46.069; broken, solvent,
     * missing (unparsable at character 5), missing (not a molecule).
     */
    private static final Table TABLE = Table.of(
            StringColumn.of("name", "aspirin", "ethanol", "broken"),
            StringColumn.of("kind", "drug", "solvent", "solvent"),
            StringColumn.builder("scaffold").add("c1ccccc1").add("").addMissing("unparsable at character 5").build(),
            DoubleColumn.builder("mw").add(180.159).add(46.069).addMissing("not a molecule").build(),
            StringColumn.of("count", "3", "2", "x"));

    @TempDir
    Path dir;

    private static WorkflowRunner.Result result() {
        Workflow workflow = new Workflow(Path.of("wf"), "wf", List.of(SCAFFOLDS, LEARNER), List.of());
        PortValue model = new PortValue.ModelValue(new ModelSpec("gnn", List.of("logS", "pKa"),
                List.of(TaskKind.REGRESSION, TaskKind.REGRESSION), 300), new byte[] {1, 2, 3});
        PortValue history = PortValue.of(Table.of(DoubleColumn.of("epoch", 1, 2)));
        Map<Integer, WorkflowRunner.NodeResult> nodes = new LinkedHashMap<>();
        nodes.put(2, new WorkflowRunner.NodeResult(SCAFFOLDS, List.of(PortValue.of(TABLE)), List.of(), 0.1));
        nodes.put(3, new WorkflowRunner.NodeResult(LEARNER, List.of(model, history), List.of(), 0.2));
        return new WorkflowRunner.Result(workflow, nodes);
    }

    private Expectations load(String... checks) throws IOException {
        Files.writeString(dir.resolve(Expectations.FILE), "{\"about\": \"test\", \"checks\": [\n"
                + String.join(",\n", checks) + "\n]}\n");
        return Expectations.load(dir);
    }

    /** The single outcome of one check on node 2, port 1; {@code fields} are the check's other fields. */
    private Expectations.Outcome one(String fields) throws IOException {
        List<Expectations.Outcome> outcomes = load("{\"node\": 2, \"port\": 1, " + fields + "}").check(result());
        assertEquals(1, outcomes.size());
        return outcomes.get(0);
    }

    private void passes(String fields) throws IOException {
        Expectations.Outcome outcome = one(fields);
        assertTrue(outcome.passed(), fields + " should pass: " + outcome.detail());
        assertEquals("", outcome.detail());
    }

    private void fails(String fields, String detail) throws IOException {
        Expectations.Outcome outcome = one(fields);
        assertFalse(outcome.passed(), fields + " should fail");
        assertEquals(detail, outcome.detail(), fields);
    }

    @Test
    void rows() throws IOException {
        passes("\"rows\": 3");
        fails("\"rows\": 4", "the table has 3 rows");
    }

    @Test
    void columns() throws IOException {
        passes("\"columns\": [\"mw\", \"name\"]");
        fails("\"columns\": [\"name\", \"logP\", \"Scaffold\"]",
                "columns [logP, Scaffold] are absent; the columns are [name, kind, scaffold, mw, count]");
        fails("\"columns\": \"logP\"", "'columns' must be a list of column names, not \"logP\"");
        fails("\"columns\": {\"name\": \"logP\"}",
                "'columns' must be a list of column names, not {\"name\":\"logP\"}");
    }

    @Test
    void missing() throws IOException {
        passes("\"column\": \"scaffold\", \"missing\": 1");
        passes("\"column\": \"name\", \"missing\": 0");
        fails("\"column\": \"mw\", \"missing\": 0", "1 cells are missing");
        fails("\"column\": \"logP\", \"missing\": 0",
                "no column 'logP'; available columns: " + describeColumns());
    }

    private static String describeColumns() {
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> TABLE.column("logP"));
        return absent.getMessage().substring("no column 'logP'; available columns: ".length());
    }

    @Test
    void equalsText() throws IOException {
        passes("\"row\": 1, \"column\": \"scaffold\", \"equals\": \"c1ccccc1\"");
        passes("\"row\": 2, \"column\": \"scaffold\", \"equals\": \"\"");
        fails("\"row\": 1, \"column\": \"scaffold\", \"equals\": \"c1ccncc1\"", "the cell is 'c1ccccc1'");
        fails("\"row\": 2, \"column\": \"scaffold\", \"equals\": \"CC\"", "the cell is ''");
        fails("\"row\": 3, \"column\": \"scaffold\", \"equals\": \"\"",
                "the cell is missing (unparsable at character 5)");
    }

    @Test
    void equalsNumberWithTolerance() throws IOException {
        passes("\"row\": 1, \"column\": \"mw\", \"equals\": 180.159");
        passes("\"row\": 1, \"column\": \"mw\", \"equals\": 180.16, \"tolerance\": 0.01");
        passes("\"row\": 1, \"column\": \"mw\", \"equals\": 180.15, \"tolerance\": 0.01");
        fails("\"row\": 1, \"column\": \"mw\", \"equals\": 180.2, \"tolerance\": 0.01", "the value is 180.1590000");
        fails("\"row\": 1, \"column\": \"mw\", \"equals\": 180.16", "the value is 180.1590000");
        passes("\"row\": 1, \"column\": \"count\", \"equals\": 3", "a number in a text column");
        fails("\"row\": 3, \"column\": \"count\", \"equals\": 3", "the cell 'x' is not a number");
        fails("\"row\": 3, \"column\": \"mw\", \"equals\": 46.0", "the cell is missing (not a molecule)");
    }

    private void passes(String fields, String why) throws IOException {
        Expectations.Outcome outcome = one(fields);
        assertTrue(outcome.passed(), why + ": " + outcome.detail());
    }

    @Test
    void equalsNull() throws IOException {
        passes("\"row\": 3, \"column\": \"scaffold\", \"equals\": null");
        passes("\"row\": 3, \"column\": \"mw\", \"equals\": null");
        fails("\"row\": 2, \"column\": \"scaffold\", \"equals\": null", "the cell is '', not missing");
        fails("\"row\": 1, \"column\": \"mw\", \"equals\": null", "the cell is '180.159', not missing");
    }

    @Test
    void minAndMax() throws IOException {
        passes("\"row\": 1, \"column\": \"mw\", \"min\": 180, \"max\": 181");
        passes("\"row\": 1, \"column\": \"mw\", \"min\": 180.159, \"max\": 180.159");
        passes("\"row\": 2, \"column\": \"mw\", \"max\": 50");
        passes("\"row\": 2, \"column\": \"mw\", \"min\": 46");
        fails("\"row\": 1, \"column\": \"mw\", \"min\": 181", "the value is 180.159");
        fails("\"row\": 2, \"column\": \"mw\", \"min\": 0, \"max\": 46", "the value is 46.0690");
        fails("\"row\": 3, \"column\": \"mw\", \"max\": 1000", "the cell is missing (not a molecule)");
        fails("\"row\": 1, \"column\": \"mw\", \"min\": \"high\"", "'min' must be a number, not \"high\"");
        fails("\"row\": 1, \"column\": \"mw\", \"min\": 100, \"max\": \"200\"",
                "'max' must be a number, not \"200\"");
    }

    @Test
    void whereSelectsExactlyOneRow() throws IOException {
        passes("\"where\": {\"name\": \"ethanol\"}, \"column\": \"mw\", \"equals\": 46.069");
        passes("\"where\": {\"kind\": \"solvent\", \"name\": \"broken\"}, \"column\": \"scaffold\", "
                + "\"equals\": null");
        passes("\"where\": {\"mw\": 180.159}, \"column\": \"name\", \"equals\": \"aspirin\"");
        fails("\"where\": {\"kind\": \"solvent\"}, \"column\": \"mw\", \"max\": 100",
                "2 rows match {\"kind\":\"solvent\"}, expected exactly one");
        fails("\"where\": {\"name\": \"benzene\"}, \"column\": \"mw\", \"max\": 100",
                "0 rows match {\"name\":\"benzene\"}, expected exactly one");
        fails("\"where\": {\"solvent\": \"ethanol\"}, \"column\": \"mw\", \"max\": 100",
                "no column 'solvent'; available columns: " + describeColumns());
    }

    @Test
    void rowIsCountedFromOne() throws IOException {
        passes("\"row\": 1, \"column\": \"name\", \"equals\": \"aspirin\"");
        passes("\"row\": 3, \"column\": \"name\", \"equals\": \"broken\"");
        fails("\"row\": 0, \"column\": \"name\", \"equals\": \"aspirin\"", "row 0 is outside the table's 3 rows");
        fails("\"row\": 4, \"column\": \"name\", \"equals\": \"broken\"", "row 4 is outside the table's 3 rows");
        fails("\"column\": \"name\", \"equals\": \"aspirin\"", "choose the cell with 'row' or 'where'");
    }

    @Test
    void tasksOfAModelPort() throws IOException {
        List<Expectations.Outcome> outcomes = load(
                "{\"node\": 3, \"port\": 1, \"tasks\": [\"logS\", \"pKa\"]}",
                "{\"node\": 3, \"port\": 1, \"tasks\": [\"pKa\", \"logS\"]}",
                "{\"node\": 3, \"port\": 1, \"tasks\": [\"logS\"]}",
                "{\"node\": 2, \"port\": 1, \"tasks\": [\"logS\"]}",
                "{\"node\": 3, \"port\": 1, \"rows\": 2}",
                "{\"node\": 3, \"port\": 2, \"rows\": 2}").check(result());
        assertEquals(List.of(true, false, false, false, false, true),
                outcomes.stream().map(Expectations.Outcome::passed).toList());
        assertEquals("the model's tasks are [logS, pKa]", outcomes.get(1).detail(), "order matters");
        assertEquals("the model's tasks are [logS, pKa]", outcomes.get(2).detail());
        assertEquals("the port holds a table, not a model", outcomes.get(3).detail());
        assertEquals("the port holds a model, not a table", outcomes.get(4).detail());
    }

    @Test
    void outcomesNameTheCheckAndAddWhy() throws IOException {
        List<Expectations.Outcome> outcomes = load(
                "{\"node\": 2, \"port\": 1, \"row\": 3, \"column\": \"scaffold\", \"equals\": \"x\", "
                        + "\"why\": \"broken SMILES have no scaffold\"}",
                "{\"node\": 2, \"port\": 1, \"where\": {\"name\": \"aspirin\"}, \"column\": \"mw\", \"min\": 1}",
                "{\"node\": 9, \"port\": 1, \"rows\": 1}",
                "{\"node\": 2, \"port\": 2, \"rows\": 1}",
                "{\"node\": 2, \"port\": 1, \"row\": 1, \"column\": \"mw\"}",
                "{\"node\": 2, \"port\": 1}").check(result());
        assertEquals("Scaffolds (#2) port 1 column 'scaffold' row 3 equals \"x\"", outcomes.get(0).check());
        assertEquals("the cell is missing (unparsable at character 5) (broken SMILES have no scaffold)",
                outcomes.get(0).detail());
        assertEquals("Scaffolds (#2) port 1 column 'mw' where {\"name\":\"aspirin\"} min 1", outcomes.get(1).check());
        assertTrue(outcomes.get(1).passed());
        assertEquals("node #9 port 1 rows 1", outcomes.get(2).check());
        assertEquals("workflow wf has no node #9; its nodes are [Scaffolds (#2), GNN Learner (#3)]",
                outcomes.get(2).detail());
        assertEquals("Scaffolds (#2) has output ports 1 to 1, not 2", outcomes.get(3).detail());
        assertEquals("the check says nothing to compare: give rows, columns, missing, equals, min/max or tasks",
                outcomes.get(4).detail());
        assertEquals("the check needs 'column'", outcomes.get(5).detail());
        assertEquals(List.of(false, true, false, false, false, false),
                outcomes.stream().map(Expectations.Outcome::passed).toList());
    }

    @Test
    void aNodeThatDidNotRunFailsItsChecks() throws IOException {
        Workflow workflow = new Workflow(Path.of("wf"), "wf", List.of(SCAFFOLDS, LEARNER), List.of());
        WorkflowRunner.Result partial = new WorkflowRunner.Result(workflow, Map.of(2,
                new WorkflowRunner.NodeResult(SCAFFOLDS, List.of(PortValue.of(TABLE)), List.of(), 0)));
        Expectations.Outcome outcome = load("{\"node\": 3, \"port\": 1, \"tasks\": [\"logS\"]}").check(partial)
                .get(0);
        assertFalse(outcome.passed());
        assertEquals("GNN Learner (#3) was not executed", outcome.detail());
    }

    @Test
    void anUnknownKeyIsRefusedWhenLoading() throws IOException {
        IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class, () -> load(
                "{\"node\": 2, \"port\": 1, \"rows\": 3}",
                "{\"node\": 2, \"port\": 1, \"row\": 1, \"column\": \"mw\", \"equal\": 180.159}"));
        assertEquals(dir.resolve(Expectations.FILE) + ": check 2 has an unknown key 'equal'; the keys are [column, "
                + "columns, equals, max, min, missing, node, port, row, rows, tasks, tolerance, where, why]",
                misspelt.getMessage());
    }

    @Test
    void aFileWithoutChecksOrWithoutNodeAndPortIsRefused() throws IOException {
        assertEquals(dir + " has no expectations.json",
                assertThrows(IllegalArgumentException.class, () -> Expectations.load(dir)).getMessage());
        assertEquals(dir.resolve(Expectations.FILE) + ": 'checks' must be a non-empty list",
                assertThrows(IllegalArgumentException.class, () -> load()).getMessage());
        assertEquals(dir.resolve(Expectations.FILE) + ": check 1 needs 'node' and 'port'",
                assertThrows(IllegalArgumentException.class, () -> load("{\"node\": 2, \"rows\": 3}"))
                        .getMessage());
        assertEquals(dir.resolve(Expectations.FILE) + ": check 1 needs 'node' and 'port'",
                assertThrows(IllegalArgumentException.class,
                        () -> load("{\"node\": \"2\", \"port\": 1, \"rows\": 3}")).getMessage());
        assertEquals(3, load("{\"node\": 2, \"port\": 1, \"rows\": 3}", "{\"node\": 2, \"port\": 1, \"rows\": 3}",
                "{\"node\": 3, \"port\": 1, \"tasks\": []}").size());
    }
}
