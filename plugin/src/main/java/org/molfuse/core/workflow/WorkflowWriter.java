package org.molfuse.core.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.core.operator.ParameterValues;

/**
 * Writes a workflow folder KNIME can open: {@code workflow.knime} and one settings.xml per node, laid out as KNIME
 * 5.x saves an unexecuted workflow (format version 5.1.0). It is how the shared templates in test-workflows/ are
 * made, so that their settings always hold every parameter of the current operators.
 */
public final class WorkflowWriter {

    private static final String CREATED_BY = "5.5.0";
    private static final String FORMAT_VERSION = "5.1.0";
    private static final String BUNDLE = "org.molfuse.knime";
    private static final String FEATURE = "org.molfuse.feature.feature.group";

    /** A node to write: its id, factory, settings and position on the canvas. */
    public record NodeEntry(int id, String factoryClass, ParameterValues values, int x, int y) {
        /** The operator's name, which KNIME shows and uses for the node's folder. */
        public String name() {
            return operator().name();
        }

        Operator operator() {
            return OperatorRegistry.create(factoryClass);
        }
    }

    private WorkflowWriter() {
    }

    /** Writes the workflow into {@code directory} (created if needed; files of the same names are replaced). */
    public static void write(Path directory, List<NodeEntry> nodes, List<Workflow.Connection> connections)
            throws IOException {
        Files.createDirectories(directory);
        KnimeConfig workflow = new KnimeConfig(Workflow.WORKFLOW_FILE);
        workflow.addString("created_by", CREATED_BY);
        workflow.addBoolean("created_by_nightly", false);
        workflow.addString("version", FORMAT_VERSION);
        workflow.addString("name", null);
        workflow.addString("customDescription", null);
        workflow.addString("state", "IDLE");
        workflow.addConfig("workflow_credentials");
        KnimeConfig nodesConfig = workflow.addConfig("nodes");
        for (NodeEntry node : nodes) {
            String folder = node.name() + " (#" + node.id() + ")";
            KnimeConfig entry = nodesConfig.addConfig("node_" + node.id());
            entry.addInt("id", node.id());
            entry.addString("node_settings_file", folder + "/" + Workflow.SETTINGS_FILE);
            entry.addBoolean("node_is_meta", false);
            entry.addString("node_type", "NativeNode");
            entry.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            entry.addConfig("ui_settings").addIntArray("extrainfo.node.bounds", node.x(), node.y(), -1, -1);
            Path nodeFolder = directory.resolve(folder);
            Files.createDirectories(nodeFolder);
            settings(node).write(nodeFolder.resolve(Workflow.SETTINGS_FILE));
        }
        KnimeConfig connectionsConfig = workflow.addConfig("connections");
        for (int index = 0; index < connections.size(); index++) {
            Workflow.Connection connection = connections.get(index);
            KnimeConfig entry = connectionsConfig.addConfig("connection_" + index);
            entry.addInt("sourceID", connection.sourceId());
            entry.addInt("destID", connection.destId());
            entry.addInt("sourcePort", connection.sourcePort());
            entry.addInt("destPort", connection.destPort());
        }
        workflow.write(directory.resolve(Workflow.WORKFLOW_FILE));
    }

    private static KnimeConfig settings(NodeEntry node) {
        KnimeConfig settings = new KnimeConfig(Workflow.SETTINGS_FILE);
        settings.addString("node_file", Workflow.SETTINGS_FILE);
        settings.addConfig("flow_stack");
        settings.addConfig("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        ParameterConfig.write(node.values(), settings.addConfig("model"));
        settings.addConfig("variables");
        settings.addString("customDescription", null);
        settings.addString("state", "IDLE");
        settings.addString("factory", node.factoryClass());
        settings.addString("node-name", node.name());
        settings.addString("node-bundle-name", "MolFuse KNIME nodes");
        settings.addString("node-bundle-symbolic-name", BUNDLE);
        settings.addString("node-bundle-vendor", "MolFuse");
        settings.addString("node-bundle-version", "1.0.0");
        settings.addString("node-feature-name", "MolFuse");
        settings.addString("node-feature-symbolic-name", FEATURE);
        settings.addString("node-feature-vendor", "MolFuse");
        settings.addString("node-feature-version", "1.0.0");
        settings.addConfig("factory_settings");
        settings.addString("name", node.name());
        settings.addBoolean("hasContent", false);
        settings.addBoolean("isInactive", false);
        KnimeConfig ports = settings.addConfig("ports");
        for (int port = 1; port <= node.operator().outputs().size(); port++) {
            KnimeConfig entry = ports.addConfig("port_" + port);
            entry.addInt("index", port);
            entry.addString("port_dir_location", null);
        }
        KnimeConfig filestores = settings.addConfig("filestores");
        filestores.addString("file_store_location", null);
        filestores.addString("file_store_id", null);
        return settings;
    }
}
