package org.molfuse.core.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A KNIME workflow folder as saved on disk: {@code workflow.knime} (nodes and connections) and one
 * {@code <Node name> (#id)/settings.xml} per node (its factory class and model settings). Only native nodes are
 * supported; metanodes and components are reported by name.
 *
 * @param directory   the workflow folder
 * @param name        the folder name
 * @param nodes       in the order workflow.knime lists them
 * @param connections data connections, and flow-variable connections (port 0) that only order execution
 */
public record Workflow(Path directory, String name, List<Node> nodes, List<Connection> connections) {

    public static final String WORKFLOW_FILE = "workflow.knime";
    public static final String SETTINGS_FILE = "settings.xml";

    /** One native node: where its settings are, its factory class and its model settings. */
    public record Node(int id, String name, String factoryClass, KnimeConfig model) {
        public Node {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(factoryClass, "factoryClass");
            Objects.requireNonNull(model, "model");
        }

        /** "GNN Learner (#4)", as KNIME names the node's folder and as messages name the node. */
        public String label() {
            return name + " (#" + id + ")";
        }
    }

    /**
     * A connection between KNIME port indices: port 0 is every node's flow-variable port, so the first table or
     * model port is 1.
     */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {
        public boolean isFlowVariable() {
            return sourcePort == 0 || destPort == 0;
        }
    }

    public Workflow {
        nodes = List.copyOf(nodes);
        connections = List.copyOf(connections);
    }

    public static boolean isWorkflow(Path directory) {
        return Files.isRegularFile(directory.resolve(WORKFLOW_FILE));
    }

    /** Loads a workflow folder; a missing file, a metanode or a dangling connection fails with what and where. */
    public static Workflow load(Path directory) throws IOException {
        Path file = directory.resolve(WORKFLOW_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory + " is not a KNIME workflow folder: it has no "
                    + WORKFLOW_FILE);
        }
        KnimeConfig workflow = KnimeConfig.read(file);
        List<Node> nodes = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (KnimeConfig entry : workflow.config("nodes").map(KnimeConfig::configs).orElse(List.of())) {
            int id = entry.getInt("id");
            String settingsPath = entry.getString("node_settings_file");
            String type = entry.entry("node_type").map(KnimeConfig.Entry::value).orElse("NativeNode");
            if (!"NativeNode".equals(type)) {
                throw new IllegalArgumentException(file + ": node #" + id + " (" + settingsPath + ") is a " + type
                        + "; the MolFuse runner executes workflows of native nodes only");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(file + ": node id " + id + " occurs twice");
            }
            nodes.add(loadNode(directory, id, settingsPath));
        }
        List<Connection> connections = new ArrayList<>();
        for (KnimeConfig entry : workflow.config("connections").map(KnimeConfig::configs).orElse(List.of())) {
            Connection connection = new Connection(entry.getInt("sourceID"), entry.getInt("sourcePort"),
                    entry.getInt("destID"), entry.getInt("destPort"));
            for (int end : new int[] {connection.sourceId(), connection.destId()}) {
                if (!ids.contains(end)) {
                    throw new IllegalArgumentException(file + ": " + entry + " connects node #" + end
                            + ", which is not in the workflow"
                            + (end == -1 ? " (a metanode's own port; metanodes are not supported)" : ""));
                }
            }
            connections.add(connection);
        }
        return new Workflow(directory, directory.toAbsolutePath().normalize().getFileName().toString(), nodes,
                connections);
    }

    private static Node loadNode(Path directory, int id, String settingsPath) throws IOException {
        Path file = directory.resolve(settingsPath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory.resolve(WORKFLOW_FILE) + ": node #" + id
                    + " has no settings file " + file);
        }
        KnimeConfig settings = KnimeConfig.read(file);
        if (settings.config("variables").map(Workflow::usesVariable).orElse(false)) {
            // running with the saved values instead would silently give other results than KNIME
            throw new IllegalArgumentException(file + ": node #" + id + " takes settings from flow variables, "
                    + "which the MolFuse runner does not support; run the workflow in KNIME");
        }
        String name = settings.entry("name").map(KnimeConfig.Entry::value)
                .orElse(settings.entry("node-name").map(KnimeConfig.Entry::value).orElse("Node"));
        return new Node(id, name, settings.getString("factory"), settings.requireConfig("model"));
    }

    /**
     * Whether a node's {@code variables} config overrides a setting: KNIME keeps an entry per setting there, and
     * only a non-null {@code used_variable} replaces the saved value (an exposed variable only publishes it).
     */
    private static boolean usesVariable(KnimeConfig variables) {
        String used = variables.entry("used_variable").map(KnimeConfig.Entry::value).orElse(null);
        return (used != null && !used.isEmpty()) || variables.configs().stream().anyMatch(Workflow::usesVariable);
    }

    public Optional<Node> node(int id) {
        return nodes.stream().filter(node -> node.id() == id).findFirst();
    }

    /** The node with this id; an error naming the workflow when there is none. */
    public Node requireNode(int id) {
        return node(id).orElseThrow(() -> new IllegalArgumentException("workflow " + name + " has no node #" + id
                + "; its nodes are " + nodes.stream().map(Node::label).toList()));
    }
}
