package org.molfuse.core.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.OperationCancelledException;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.core.operator.Operators;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;

/**
 * Executes a saved KNIME workflow of MolFuse nodes without KNIME, as KNIME would: every node's factory class is
 * mapped to its operator through the {@link OperatorRegistry}, its model settings to parameter values, then all nodes
 * are configured in dependency order (so that a wrong setting anywhere fails before anything long runs) and executed
 * in the same order. Node ids break ties, so the order is the same on every run.
 */
public final class WorkflowRunner {

    /** What the runner reports while it works; every method has a no-op default. */
    public interface Listener {
        default void started(Workflow.Node node) {
        }

        default void progress(Workflow.Node node, double fraction, String message) {
        }

        default void warning(Workflow.Node node, String message) {
        }

        default void finished(Workflow.Node node, NodeResult result) {
        }
    }

    /** One executed node: its outputs by operator port (KNIME port minus one), warnings and wall time. */
    public record NodeResult(Workflow.Node node, List<PortValue> outputs, List<String> warnings, double seconds) {
        public NodeResult {
            outputs = List.copyOf(outputs);
            warnings = List.copyOf(warnings);
        }
    }

    /** Every node's result, in execution order. */
    public record Result(Workflow workflow, Map<Integer, NodeResult> nodes) {
        public Result {
            nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        }

        /** The content of KNIME output port {@code port} (1 is the first) of node {@code nodeId}. */
        public PortValue output(int nodeId, int port) {
            NodeResult result = nodes.get(nodeId);
            if (result == null) {
                throw new IllegalArgumentException(workflow.requireNode(nodeId).label() + " was not executed");
            }
            if (port < 1 || port > result.outputs().size()) {
                throw new IllegalArgumentException(result.node().label() + " has output ports 1 to "
                        + result.outputs().size() + ", not " + port);
            }
            return result.outputs().get(port - 1);
        }
    }

    private final Workflow workflow;
    private final List<Workflow.Node> order;
    private final Map<Integer, Operator> operators = new HashMap<>();
    private final Map<Integer, ParameterValues> settings = new HashMap<>();

    /**
     * Prepares a workflow: every node must be a MolFuse node whose settings load, every required operator input
     * connected once (an optional one at most once), and the workflow free of cycles.
     *
     * @throws IllegalArgumentException naming the node and what is wrong with it
     */
    public WorkflowRunner(Workflow workflow) {
        this.workflow = workflow;
        for (Workflow.Node node : workflow.nodes()) {
            Operator operator;
            try {
                operator = OperatorRegistry.create(node.factoryClass());
            } catch (IllegalArgumentException unknown) {
                throw fail(node, unknown);
            }
            operators.put(node.id(), operator);
            try {
                ParameterValues values = ParameterConfig.read(operator.parameters(), node.model());
                settings.put(node.id(), Operators.mapFilePaths(values,
                        path -> WorkflowPaths.resolve(path, workflow.directory())));
            } catch (IllegalArgumentException invalid) {
                throw fail(node, invalid);
            }
            checkConnections(node, operator);
        }
        this.order = executionOrder(workflow);
    }

    public Workflow workflow() {
        return workflow;
    }

    /** The nodes in the order they run: dependencies first, lower ids first among ready nodes. */
    public List<Workflow.Node> order() {
        return order;
    }

    /**
     * Configures every node from its inputs' specs, as KNIME does on load: settings that do not fit the data (a
     * column that is not there, a wrong column type) fail here, before any node executes.
     */
    public void configure() {
        Map<Integer, List<PortSpec>> specs = new HashMap<>();
        for (Workflow.Node node : order) {
            Operator operator = operators.get(node.id());
            List<PortSpec> inputs = new ArrayList<>();
            for (int port = 1; port <= operator.inputs().size(); port++) {
                Workflow.Connection source = source(node, port);
                List<PortSpec> upstream = source == null ? null : specs.get(source.sourceId());
                inputs.add(upstream == null ? null : upstream.get(source.sourcePort() - 1));
            }
            try {
                ParameterValues resolved = Operators.resolve(operator, settings.get(node.id()), inputs);
                specs.put(node.id(), operator.configure(inputs, resolved));
            } catch (IllegalArgumentException invalid) {
                throw fail(node, invalid);
            }
        }
    }

    /**
     * Configures, then executes every node.
     *
     * @throws OperationCancelledException when {@code cancelled} turns true; the running node stops within its
     *                                     own cancellation granularity
     * @throws NodeFailedException         naming the node whose execution failed
     */
    public Result run(Listener listener, BooleanSupplier cancelled) {
        configure();
        Map<Integer, NodeResult> results = new LinkedHashMap<>();
        for (Workflow.Node node : order) {
            if (cancelled.getAsBoolean()) {
                throw new OperationCancelledException();
            }
            Operator operator = operators.get(node.id());
            List<PortValue> inputs = new ArrayList<>();
            for (int port = 1; port <= operator.inputs().size(); port++) {
                Workflow.Connection source = source(node, port);
                inputs.add(source == null ? null : results.get(source.sourceId()).outputs().get(source.sourcePort() - 1));
            }
            listener.started(node);
            List<String> warnings = new ArrayList<>();
            long start = System.nanoTime();
            List<PortValue> outputs;
            try {
                outputs = Operators.execute(operator, inputs, settings.get(node.id()),
                        control(node, listener, cancelled, warnings));
            } catch (OperationCancelledException stop) {
                throw stop;
            } catch (Exception failure) {
                throw new NodeFailedException(node, failure);
            }
            NodeResult result = new NodeResult(node, outputs, warnings, (System.nanoTime() - start) / 1e9);
            results.put(node.id(), result);
            listener.finished(node, result);
        }
        return new Result(workflow, results);
    }

    private static ExecutionControl control(Workflow.Node node, Listener listener, BooleanSupplier cancelled,
            List<String> warnings) {
        return new ExecutionControl() {
            @Override
            public void progress(double fraction, String message) {
                listener.progress(node, fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }

            @Override
            public void warning(String message) {
                warnings.add(message);
                listener.warning(node, message);
            }
        };
    }

    /**
     * The connection feeding KNIME input port {@code port} of {@code node}, or null for an unconnected optional input
     * (the constructor checked that every other input has one).
     */
    private Workflow.Connection source(Workflow.Node node, int port) {
        return workflow.connections().stream()
                .filter(connection -> connection.destId() == node.id() && connection.destPort() == port)
                .findFirst().orElse(null);
    }

    private void checkConnections(Workflow.Node node, Operator operator) {
        List<PortDefinition> inputs = operator.inputs();
        int[] feeding = new int[inputs.size() + 1];
        for (Workflow.Connection connection : workflow.connections()) {
            if (connection.destId() == node.id() && !connection.isFlowVariable()) {
                if (connection.destPort() > inputs.size()) {
                    throw fail(node, new IllegalArgumentException("a connection ends at input port "
                            + connection.destPort() + ", but the node has " + inputs.size() + " inputs"));
                }
                feeding[connection.destPort()]++;
            }
            if (connection.sourceId() == node.id() && connection.sourcePort() > operator.outputs().size()) {
                throw fail(node, new IllegalArgumentException("a connection starts at output port "
                        + connection.sourcePort() + ", but the node has " + operator.outputs().size() + " outputs"));
            }
        }
        for (int port = 1; port <= inputs.size(); port++) {
            if (feeding[port] != 1 && !(feeding[port] == 0 && inputs.get(port - 1).optional())) {
                throw fail(node, new IllegalArgumentException("input " + port + " (" + inputs.get(port - 1).name()
                        + ") " + (feeding[port] == 0 ? "is not connected" : "has " + feeding[port]
                        + " incoming connections")));
            }
        }
    }

    /** Kahn's algorithm over all connections (flow-variable ones included), lowest id first. */
    static List<Workflow.Node> executionOrder(Workflow workflow) {
        Map<Integer, Integer> pending = new HashMap<>();
        Map<Integer, List<Integer>> downstream = new HashMap<>();
        for (Workflow.Node node : workflow.nodes()) {
            pending.put(node.id(), 0);
            downstream.put(node.id(), new ArrayList<>());
        }
        for (Workflow.Connection connection : workflow.connections()) {
            pending.merge(connection.destId(), 1, Integer::sum);
            downstream.get(connection.sourceId()).add(connection.destId());
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.naturalOrder());
        pending.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<Workflow.Node> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.poll();
            order.add(workflow.requireNode(id));
            for (int next : downstream.get(id)) {
                if (pending.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() != workflow.nodes().size()) {
            throw new IllegalArgumentException("workflow " + workflow.name() + " has a cycle through "
                    + workflow.nodes().stream().filter(node -> !order.contains(node)).map(Workflow.Node::label)
                            .toList());
        }
        return List.copyOf(order);
    }

    private static IllegalArgumentException fail(Workflow.Node node, IllegalArgumentException cause) {
        return new IllegalArgumentException(node.label() + ": " + cause.getMessage(), cause);
    }

    /** A node whose execution threw; the message names the node. */
    public static final class NodeFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NodeFailedException(Workflow.Node node, Exception cause) {
            super(node.label() + " failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage()), cause);
        }
    }
}
