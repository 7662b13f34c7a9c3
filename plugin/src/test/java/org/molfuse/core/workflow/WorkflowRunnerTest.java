package org.molfuse.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.OperationCancelledException;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.workflow.Workflow.Connection;
import org.molfuse.core.workflow.WorkflowWriter.NodeEntry;

/** Small workflows written into a temporary folder, loaded, configured and executed without KNIME. */
class WorkflowRunnerTest {

    private static final String READER = TestWorkflowTemplates.READER;
    private static final String STANDARDIZER = TestWorkflowTemplates.STANDARDIZER;
    private static final String SCAFFOLDS = TestWorkflowTemplates.SCAFFOLDS;

    /** A salt (benzoic acid once standardized), an acyclic molecule, a broken SMILES and toluene. */
    private static final String MOLECULES = "name,smiles\n"
            + "sodium benzoate,[Na+].[O-]C(=O)c1ccccc1\n"
            + "ethanol,CCO\n"
            + "unclosed ring,C1CC(\n"
            + "toluene,Cc1ccccc1\n";

    @TempDir
    Path dir;

    /** The workflow folder "wf" with data/molecules.csv in it. */
    private Path folder() throws IOException {
        Path folder = dir.resolve("wf");
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data").resolve("molecules.csv"), MOLECULES);
        return folder;
    }

    private static NodeEntry node(int id, String factory, UnaryOperator<ParameterValues> settings) {
        ParameterValues values = settings.apply(ParameterValues.defaults(OperatorRegistry.create(factory)));
        return new NodeEntry(id, factory, values, 100 + 50 * id, 120);
    }

    /** A Dataset Reader of the workflow's own data/molecules.csv. */
    private static NodeEntry reader(int id) {
        return node(id, READER, values -> values.with("dataset", "file")
                .with("file", "knime://knime.workflow/data/molecules.csv"));
    }

    private static NodeEntry onSmiles(int id, String factory, String column) {
        return node(id, factory, values -> values.with("smiles_column", column));
    }

    private WorkflowRunner runner(List<NodeEntry> nodes, List<Connection> connections) throws IOException {
        Path folder = folder();
        WorkflowWriter.write(folder, nodes, connections);
        return new WorkflowRunner(Workflow.load(folder));
    }

    private static Table table(WorkflowRunner.Result result, int node) {
        return ((PortValue.TableValue) result.output(node, 1)).table();
    }

    /** Records the labels of started and finished nodes. */
    private static class Recorder implements WorkflowRunner.Listener {
        final List<String> started = new ArrayList<>();
        final List<String> finished = new ArrayList<>();

        @Override
        public void started(Workflow.Node node) {
            started.add(node.label());
        }

        @Override
        public void finished(Workflow.Node node, WorkflowRunner.NodeResult result) {
            assertEquals(node, result.node());
            finished.add(node.label());
        }
    }

    @Test
    void readsStandardizesAndFindsScaffolds() throws IOException {
        WorkflowRunner runner = runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles"),
                onSmiles(3, SCAFFOLDS, "smiles")), List.of(new Connection(1, 1, 2, 1), new Connection(2, 1, 3, 1)));
        Map<Integer, Double> lastFraction = new HashMap<>();
        WorkflowRunner.Result result = runner.run(new WorkflowRunner.Listener() {
            @Override
            public void progress(Workflow.Node node, double fraction, String message) {
                lastFraction.put(node.id(), fraction);
            }
        }, () -> false);
        assertEquals(List.of(1, 2, 3), List.copyOf(result.nodes().keySet()));
        assertEquals(Map.of(1, 1.0, 2, 1.0, 3, 1.0), lastFraction, "every node reports its end");

        Table read = table(result, 1);
        assertEquals(4, read.rowCount());
        assertEquals(List.of("name", "smiles"), read.columnNames());
        assertEquals("C1CC(", read.stringColumn("smiles").getString(2));

        Table standardized = table(result, 2);
        assertEquals(4, standardized.rowCount(), "the broken row keeps its place");
        assertEquals(List.of("name", "smiles", "standardized_smiles", "valid", "reason", "reason_detail"),
                standardized.columnNames());
        assertEquals("O=C(O)c1ccccc1", standardized.stringColumn("standardized_smiles").getString(0),
                "sodium removed and the carboxylate neutralized: benzoic acid");
        assertEquals(List.of("true", "true", "false", "true"), standardized.stringColumn("valid").toList());
        assertEquals(List.of("ok", "ok", "unparsable", "ok"), standardized.stringColumn("reason").toList());
        Column smiles = standardized.column("standardized_smiles");
        assertTrue(smiles.isMissing(2));
        assertEquals(1, smiles.missingCount());

        Table scaffolds = table(result, 3);
        assertEquals(4, scaffolds.rowCount());
        StringColumn scaffold = scaffolds.stringColumn("scaffold");
        assertEquals("c1ccccc1", scaffold.getString(0), "benzoic acid");
        assertFalse(scaffold.isMissing(1), "ethanol has a scaffold: the empty one");
        assertEquals("", scaffold.getString(1));
        assertTrue(scaffold.isMissing(2));
        assertTrue(scaffold.missingReason(2).orElseThrow().startsWith("unparsable"),
                scaffold.missingReason(2).orElse("no reason"));
        assertEquals("c1ccccc1", scaffold.getString(3), "toluene");
        assertEquals(1, scaffold.missingCount());

        assertEquals("Scaffolds (#3) has output ports 1 to 1, not 2",
                assertThrows(IllegalArgumentException.class, () -> result.output(3, 2)).getMessage());
    }

    @Test
    void dependenciesRunFirstAndLowerIdsFirstAmongReadyNodes() throws IOException {
        // written in scrambled order: 5 and 4 before the nodes they depend on
        WorkflowRunner runner = runner(List.of(onSmiles(5, SCAFFOLDS, "standardized_smiles"),
                onSmiles(4, SCAFFOLDS, "smiles"), reader(7), onSmiles(3, STANDARDIZER, "smiles"), reader(1)),
                List.of(new Connection(3, 1, 5, 1), new Connection(7, 1, 4, 1), new Connection(7, 1, 3, 1)));
        List<String> expected = List.of("Dataset Reader (#1)", "Dataset Reader (#7)", "SMILES Standardizer (#3)",
                "Scaffolds (#4)", "Scaffolds (#5)");
        assertEquals(expected, runner.order().stream().map(Workflow.Node::label).toList());
        assertEquals(List.of(5, 4, 7, 3, 1), runner.workflow().nodes().stream().map(Workflow.Node::id).toList(),
                "the workflow keeps the file's order; only execution is sorted");

        Recorder recorder = new Recorder();
        WorkflowRunner.Result result = runner.run(recorder, () -> false);
        assertEquals(expected, recorder.started);
        assertEquals(expected, recorder.finished);
        assertEquals(List.of(1, 7, 3, 4, 5), List.copyOf(result.nodes().keySet()));
        assertEquals(List.of("name", "smiles", "scaffold"), table(result, 4).columnNames());
        assertEquals(7, table(result, 5).columnCount(), "the standardizer's four columns and the scaffold");
    }

    @Test
    void aFlowVariableConnectionOrdersExecution() throws IOException {
        WorkflowRunner runner = runner(List.of(reader(1), reader(2), onSmiles(3, SCAFFOLDS, "smiles")),
                List.of(new Connection(2, 1, 3, 1), new Connection(3, 0, 1, 0)));
        assertEquals(List.of("Dataset Reader (#2)", "Scaffolds (#3)", "Dataset Reader (#1)"),
                runner.order().stream().map(Workflow.Node::label).toList());
    }

    @Test
    void anUnknownFactoryFailsNamingTheNode() throws IOException {
        Path folder = folder();
        WorkflowWriter.write(folder, List.of(reader(1), onSmiles(2, SCAFFOLDS, "smiles")),
                List.of(new Connection(1, 1, 2, 1)));
        Path settings = folder.resolve("Scaffolds (#2)").resolve(Workflow.SETTINGS_FILE);
        String rowFilter = "org.knime.base.node.preproc.filter.row.RowFilterNodeFactory";
        Files.writeString(settings, Files.readString(settings).replace(SCAFFOLDS, rowFilter));
        Workflow workflow = Workflow.load(folder);
        assertEquals(rowFilter, workflow.requireNode(2).factoryClass());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new WorkflowRunner(workflow));
        assertTrue(unknown.getMessage().startsWith("Scaffolds (#2): unknown node factory '" + rowFilter
                + "': not a MolFuse node"), unknown.getMessage());
    }

    @Test
    void anUnconnectedInputFailsNamingTheInput() throws IOException {
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles")), List.of()));
        assertEquals("SMILES Standardizer (#2): input 1 (Molecules) is not connected", open.getMessage());

        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(reader(1), reader(3), onSmiles(2, STANDARDIZER, "smiles")),
                        List.of(new Connection(1, 1, 2, 1), new Connection(3, 1, 2, 1))));
        assertEquals("SMILES Standardizer (#2): input 1 (Molecules) has 2 incoming connections", twice.getMessage());

        IllegalArgumentException noSuchInput = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles")),
                        List.of(new Connection(1, 1, 2, 1), new Connection(1, 1, 2, 2))));
        assertEquals("SMILES Standardizer (#2): a connection ends at input port 2, but the node has 1 inputs",
                noSuchInput.getMessage());

        IllegalArgumentException noSuchOutput = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles")),
                        List.of(new Connection(1, 2, 2, 1))));
        assertEquals("Dataset Reader (#1): a connection starts at output port 2, but the node has 1 outputs",
                noSuchOutput.getMessage());
    }

    @Test
    void anOptionalModelInputMayStayOpenButNotBeFedTwice() throws IOException {
        String encoder = "org.molfuse.knime.languagemodels.encoder.LmEncoderNodeFactory";
        WorkflowRunner open = runner(List.of(reader(1), onSmiles(2, encoder, "smiles")),
                List.of(new Connection(1, 1, 2, 1)));
        assertEquals(2, open.order().size(), "the encoder's model input is optional");

        String pretrainer = "org.molfuse.knime.languagemodels.pretrainer.SmilesLmPretrainerNodeFactory";
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(reader(1), onSmiles(3, pretrainer, "smiles"), onSmiles(4, pretrainer, "smiles"),
                        onSmiles(2, encoder, "smiles")), List.of(new Connection(1, 1, 2, 1), new Connection(1, 1, 3, 1),
                        new Connection(1, 1, 4, 1), new Connection(3, 1, 2, 2), new Connection(4, 1, 2, 2))));
        assertEquals("LM Encoder (#2): input 2 (Pretrained language model) has 2 incoming connections",
                twice.getMessage());
    }

    @Test
    void aCycleIsReportedWithItsNodes() throws IOException {
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(reader(3), onSmiles(1, STANDARDIZER, "smiles"),
                        onSmiles(2, STANDARDIZER, "smiles")),
                        List.of(new Connection(1, 1, 2, 1), new Connection(2, 1, 1, 1))));
        assertEquals("workflow wf has a cycle through [SMILES Standardizer (#1), SMILES Standardizer (#2)]",
                cycle.getMessage());
    }

    @Test
    void aColumnNotInTheInputFailsAtConfigureBeforeAnythingRuns() throws IOException {
        WorkflowRunner runner = runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles"),
                onSmiles(3, SCAFFOLDS, "canonical_smiles")),
                List.of(new Connection(1, 1, 2, 1), new Connection(2, 1, 3, 1)));
        String expected = "Scaffolds (#3): setting 'smiles_column' (SMILES column): column 'canonical_smiles' is "
                + "not in the input table; its columns are [name, smiles, standardized_smiles, valid, reason, "
                + "reason_detail]";
        assertEquals(expected, assertThrows(IllegalArgumentException.class, runner::configure).getMessage());

        Recorder recorder = new Recorder();
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> runner.run(recorder, () -> false)).getMessage());
        assertEquals(List.of(), recorder.started, "configure fails before the reader executes");
    }

    @Test
    void aWorkflowRelativeFileIsResolvedAndAnotherKnimeUrlRefusedWhenLoading() throws IOException {
        IllegalArgumentException mountpoint = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(node(1, READER, values -> values.with("dataset", "file")
                        .with("file", "knime://knime.mountpoint/data/molecules.csv"))), List.of()));
        assertEquals("Dataset Reader (#1): setting 'file' (File): 'knime://knime.mountpoint/data/molecules.csv' can "
                + "be resolved only inside KNIME; outside it, use a path or a knime://knime.workflow/ URL relative "
                + "to the workflow folder", mountpoint.getMessage());

        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> runner(List.of(node(1, READER, values -> values.with("dataset", "file")
                        .with("file", "knime://knime.workflow/data/other.csv"))), List.of()).configure());
        assertEquals("Dataset Reader (#1): setting 'file' (File): there is no file '"
                + dir.toAbsolutePath().resolve("wf").resolve("data").resolve("other.csv") + "'", absent.getMessage());
    }

    @Test
    void cancellationStopsBeforeTheNextNode() throws IOException {
        WorkflowRunner runner = runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles"),
                onSmiles(3, SCAFFOLDS, "smiles")), List.of(new Connection(1, 1, 2, 1), new Connection(2, 1, 3, 1)));
        AtomicBoolean cancel = new AtomicBoolean();
        Recorder recorder = new Recorder() {
            @Override
            public void finished(Workflow.Node node, WorkflowRunner.NodeResult result) {
                super.finished(node, result);
                cancel.set(true);
            }
        };
        assertThrows(OperationCancelledException.class, () -> runner.run(recorder, cancel::get));
        assertEquals(List.of("Dataset Reader (#1)"), recorder.started);
        assertEquals(List.of("Dataset Reader (#1)"), recorder.finished);

        Recorder fromTheStart = new Recorder();
        assertThrows(OperationCancelledException.class, () -> runner.run(fromTheStart, () -> true));
        assertEquals(List.of(), fromTheStart.started);
    }

    @Test
    void aCancelledOperatorStopsItsNode() throws IOException {
        WorkflowRunner runner = runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles")),
                List.of(new Connection(1, 1, 2, 1)));
        AtomicBoolean cancel = new AtomicBoolean();
        Recorder recorder = new Recorder() {
            @Override
            public void started(Workflow.Node node) {
                super.started(node);
                cancel.set(node.id() == 2);
            }
        };
        assertThrows(OperationCancelledException.class, () -> runner.run(recorder, cancel::get));
        assertEquals(List.of("Dataset Reader (#1)", "SMILES Standardizer (#2)"), recorder.started);
        assertEquals(List.of("Dataset Reader (#1)"), recorder.finished, "the standardizer never finished");
    }

    @Test
    void aFailingNodeIsNamed() throws IOException {
        WorkflowRunner runner = runner(List.of(reader(1), onSmiles(2, STANDARDIZER, "smiles")),
                List.of(new Connection(1, 1, 2, 1)));
        Path data = runner.workflow().directory().resolve("data").resolve("molecules.csv");
        Recorder recorder = new Recorder() {
            @Override
            public void started(Workflow.Node node) {
                super.started(node);
                try {
                    Files.delete(data); // gone after configure read it
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        WorkflowRunner.NodeFailedException failed = assertThrows(WorkflowRunner.NodeFailedException.class,
                () -> runner.run(recorder, () -> false));
        assertTrue(failed.getMessage().startsWith("Dataset Reader (#1) failed: "), failed.getMessage());
        assertTrue(failed.getMessage().contains("molecules.csv"), failed.getMessage());
        assertEquals(List.of(), recorder.finished);
    }

    @Test
    void aNodeWhoseSettingsComeFromFlowVariablesIsRefused() throws IOException {
        Path folder = scaffoldsWithVariables("<entry key=\"used_variable\" type=\"xstring\" "
                + "value=\"smiles_column_name\"/><entry key=\"exposed_variable\" type=\"xstring\" isnull=\"true\" "
                + "value=\"\"/>");
        Path settings = folder.resolve("Scaffolds (#2)").resolve(Workflow.SETTINGS_FILE);
        assertEquals(settings + ": node #2 takes settings from flow variables, which the MolFuse runner does not "
                + "support; run the workflow in KNIME",
                assertThrows(IllegalArgumentException.class, () -> Workflow.load(folder)).getMessage());
    }

    @Test
    void aSettingOnlyExposedAsAFlowVariableStillRuns() throws IOException {
        Path folder = scaffoldsWithVariables("<entry key=\"used_variable\" type=\"xstring\" isnull=\"true\" "
                + "value=\"\"/><entry key=\"exposed_variable\" type=\"xstring\" value=\"smiles_out\"/>");
        assertEquals("smiles", ParameterConfig.read(OperatorRegistry.create(SCAFFOLDS).parameters(),
                Workflow.load(folder).requireNode(2).model()).string("smiles_column"),
                "an exposed variable publishes the saved value; it does not replace it");
    }

    /**
     * Reader and Scaffolds, with the Scaffolds node's {@code variables} config holding {@code smilesColumnEntries}
     * for its SMILES setting, as KNIME saves a setting tied to a flow variable.
     */
    private Path scaffoldsWithVariables(String smilesColumnEntries) throws IOException {
        Path folder = folder();
        WorkflowWriter.write(folder, List.of(reader(1), onSmiles(2, SCAFFOLDS, "smiles")),
                List.of(new Connection(1, 1, 2, 1)));
        Path settings = folder.resolve("Scaffolds (#2)").resolve(Workflow.SETTINGS_FILE);
        String text = Files.readString(settings);
        String none = "<config key=\"variables\"/>";
        assertTrue(text.contains(none), text);
        Files.writeString(settings, text.replace(none, "<config key=\"variables\"><entry key=\"version\" "
                + "type=\"xstring\" value=\"V_2019_09_13\"/><config key=\"smiles_column\">" + smilesColumnEntries
                + "</config></config>"));
        return folder;
    }

    /** workflow.knime of two nodes as KNIME writes it: the reader and, as node 2, {@code second}. */
    private static KnimeConfig workflowFile(String secondSettings, String secondType, List<int[]> connections) {
        KnimeConfig workflow = new KnimeConfig(Workflow.WORKFLOW_FILE);
        workflow.addString("created_by", "5.5.0");
        workflow.addString("version", "5.1.0");
        KnimeConfig nodes = workflow.addConfig("nodes");
        KnimeConfig first = nodes.addConfig("node_1");
        first.addInt("id", 1);
        first.addString("node_settings_file", "Dataset Reader (#1)/settings.xml");
        first.addBoolean("node_is_meta", false);
        first.addString("node_type", "NativeNode");
        KnimeConfig second = nodes.addConfig("node_2");
        second.addInt("id", 2);
        second.addString("node_settings_file", secondSettings);
        second.addBoolean("node_is_meta", "MetaNode".equals(secondType));
        second.addString("node_type", secondType);
        KnimeConfig links = workflow.addConfig("connections");
        for (int index = 0; index < connections.size(); index++) {
            int[] link = connections.get(index);
            KnimeConfig entry = links.addConfig("connection_" + index);
            entry.addInt("sourceID", link[0]);
            entry.addInt("destID", link[1]);
            entry.addInt("sourcePort", link[2]);
            entry.addInt("destPort", link[3]);
        }
        return workflow;
    }

    @Test
    void metanodesAndComponentsAreRefused() throws IOException {
        Path folder = folder();
        WorkflowWriter.write(folder, List.of(reader(1)), List.of());
        Path file = folder.resolve(Workflow.WORKFLOW_FILE);

        workflowFile("Metanode (#2)/workflow.knime", "MetaNode", List.of(new int[] {1, 2, 1, 1})).write(file);
        IllegalArgumentException metanode = assertThrows(IllegalArgumentException.class,
                () -> Workflow.load(folder));
        assertEquals(file + ": node #2 (Metanode (#2)/workflow.knime) is a MetaNode; the MolFuse runner executes "
                + "workflows of native nodes only", metanode.getMessage());

        workflowFile("Component (#2)/settings.xml", "SubNode", List.of()).write(file);
        assertEquals(file + ": node #2 (Component (#2)/settings.xml) is a SubNode; the MolFuse runner executes "
                + "workflows of native nodes only",
                assertThrows(IllegalArgumentException.class, () -> Workflow.load(folder)).getMessage());
    }

    @Test
    void aConnectionToANodeThatIsNotThereIsRefused() throws IOException {
        Path folder = folder();
        WorkflowWriter.write(folder, List.of(reader(1), onSmiles(2, SCAFFOLDS, "smiles")),
                List.of(new Connection(1, 1, 2, 1)));
        Path file = folder.resolve(Workflow.WORKFLOW_FILE);
        workflowFile("Scaffolds (#2)/settings.xml", "NativeNode", List.of(new int[] {-1, 2, 1, 1})).write(file);
        assertEquals(file + ": workflow.knime/connections/connection_0 connects node #-1, which is not in the "
                + "workflow (a metanode's own port; metanodes are not supported)",
                assertThrows(IllegalArgumentException.class, () -> Workflow.load(folder)).getMessage());

        workflowFile("Scaffolds (#2)/settings.xml", "NativeNode", List.of(new int[] {1, 2, 1, 1})).write(file);
        assertEquals(2, Workflow.load(folder).nodes().size(), "the same file with a proper connection loads");

        Files.delete(folder.resolve("Scaffolds (#2)").resolve(Workflow.SETTINGS_FILE));
        assertEquals(file + ": node #2 has no settings file " + folder.resolve("Scaffolds (#2)/settings.xml"),
                assertThrows(IllegalArgumentException.class, () -> Workflow.load(folder)).getMessage());
    }
}
