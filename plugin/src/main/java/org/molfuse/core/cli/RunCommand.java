package org.molfuse.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.molfuse.core.workflow.Expectations;
import org.molfuse.core.workflow.Workflow;
import org.molfuse.core.workflow.WorkflowOutputs;
import org.molfuse.core.workflow.WorkflowRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run saved KNIME workflows of MolFuse nodes without KNIME, and check their expected results.",
            "DIR is a workflow folder (it holds workflow.knime) or a folder of workflow folders, such as "
                    + "test-workflows. Nodes run in dependency order; each node's output tables and models are "
                    + "written under --output. When expectations.json is beside a workflow, every check in it is "
                    + "evaluated.",
            "Exit code 0 when every workflow ran and met its expectations, 1 when a node failed or an expectation "
                    + "was not met, 2 when a workflow cannot be loaded (an unknown node, a setting that does not "
                    + "fit, a missing file)."
        })
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Workflow folders, or folders holding them.")
    List<Path> directories = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/workflow-runs",
            description = "Where each workflow's outputs go, in a folder named after it (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> workflows = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new UserInputException("there is no folder '" + directory + "'");
            }
            List<Path> found = find(directory);
            if (found.isEmpty()) {
                throw new UserInputException(directory + " holds no KNIME workflow (no workflow.knime in it or below)");
            }
            workflows.addAll(found);
        }
        int exit = 0;
        List<String> summary = new ArrayList<>();
        for (Path directory : workflows) {
            int code = runOne(directory, out, err);
            summary.add(String.format(Locale.ROOT, "%-6s %s", code == 0 ? "ok" : "FAILED", directory));
            exit = Math.max(exit, code);
        }
        if (workflows.size() > 1) {
            out.println();
            summary.forEach(out::println);
        }
        out.flush();
        err.flush();
        return exit;
    }

    private int runOne(Path directory, PrintWriter out, PrintWriter err) throws IOException {
        out.println("== " + directory);
        out.flush();
        WorkflowRunner runner;
        try {
            runner = new WorkflowRunner(Workflow.load(directory));
            runner.configure();
        } catch (IllegalArgumentException unloadable) {
            err.println("run: " + directory + ": " + unloadable.getMessage());
            err.flush();
            return MolFuseCli.EXIT_BAD_INPUT;
        }
        WorkflowRunner.Result result;
        try {
            result = runner.run(new PrintingListener(out), () -> false);
        } catch (WorkflowRunner.NodeFailedException failed) {
            err.println("run: " + directory + ": " + failed.getMessage());
            err.flush();
            return 1;
        }
        Path outputs = output.resolve(runner.workflow().name());
        WorkflowOutputs.write(result, outputs);
        out.println("outputs: " + outputs);
        if (!Files.isRegularFile(directory.resolve(Expectations.FILE))) {
            out.println("no " + Expectations.FILE + ": nothing checked");
            return 0;
        }
        List<Expectations.Outcome> outcomes;
        try {
            outcomes = Expectations.load(directory).check(result);
        } catch (IllegalArgumentException unreadable) {
            err.println("run: " + unreadable.getMessage());
            err.flush();
            return MolFuseCli.EXIT_BAD_INPUT;
        }
        long failed = outcomes.stream().filter(outcome -> !outcome.passed()).count();
        for (Expectations.Outcome outcome : outcomes) {
            out.println((outcome.passed() ? "  ok     " : "  FAILED ") + outcome.check()
                    + (outcome.passed() ? "" : ": " + outcome.detail()));
        }
        out.printf(Locale.ROOT, "expectations: %d of %d met%n", outcomes.size() - failed, outcomes.size());
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The workflow folders at or below {@code directory}, sorted; a workflow's own sub-folders are not searched. */
    private static List<Path> find(Path directory) throws IOException {
        if (Workflow.isWorkflow(directory)) {
            return List.of(directory);
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                found.addAll(find(child));
            }
        }
        return found;
    }

    /** Prints each node as it starts and ends, and each new progress message in between. */
    private static final class PrintingListener implements WorkflowRunner.Listener {
        private final PrintWriter out;
        private String lastMessage;

        PrintingListener(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void started(Workflow.Node node) {
            lastMessage = null;
            out.println(node.label() + " ...");
            out.flush();
        }

        @Override
        public void progress(Workflow.Node node, double fraction, String message) {
            if (message != null && !message.equals(lastMessage)) {
                lastMessage = message;
                out.printf(Locale.ROOT, "  %3.0f%% %s%n", 100 * fraction, message);
                out.flush();
            }
        }

        @Override
        public void warning(Workflow.Node node, String message) {
            out.println("  warning: " + message);
            out.flush();
        }

        @Override
        public void finished(Workflow.Node node, WorkflowRunner.NodeResult result) {
            out.printf(Locale.ROOT, "%s done in %.1f s%n", node.label(), result.seconds());
            out.flush();
        }
    }
}
