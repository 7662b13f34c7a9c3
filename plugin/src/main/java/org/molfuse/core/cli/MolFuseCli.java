package org.molfuse.core.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Entry point of {@code ./molfuse}. Each subcommand is a thin layer over an operation of the core; this class only
 * wires them together and turns failures into one-line reasons with a non-zero exit code.
 */
@Command(name = "molfuse",
        mixinStandardHelpOptions = true,
        version = "MolFuse 1.0.0",
        description = "Molecular machine learning: standardize and featurize molecules, split data sets, train and apply graph neural networks, score predictions, run KNIME workflows of MolFuse nodes.",
        subcommands = {
            FeaturizeCommand.class,
            SplitCommand.class,
            ScoreCommand.class,
            TrainCommand.class,
            PredictCommand.class,
            BenchmarkCommand.class,
            BenchCommand.class,
            PretrainLmCommand.class,
            DatasetsCommand.class,
            RunCommand.class,
            CommandLine.HelpCommand.class
        })
public final class MolFuseCli implements Runnable {

    /** Exit code for bad input: a wrong option, a missing column, an unreadable file. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: featurize, split, score, train, predict, benchmark, bench, pretrain-lm, datasets or run");
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new MolFuseCli());
        commandLine.setParameterExceptionHandler(oneLineParameterErrors());
        commandLine.setExecutionExceptionHandler(oneLineExecutionErrors());
        return commandLine;
    }

    private static IParameterExceptionHandler oneLineParameterErrors() {
        return (ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(failed.getCommandName() + ": " + ex.getMessage());
            err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            return EXIT_BAD_INPUT;
        };
    }

    private static IExecutionExceptionHandler oneLineExecutionErrors() {
        return (ex, failed, parseResult) -> {
            // one line: multi-line messages (such as where a data set was searched for) are joined
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName()
                    : ex.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            failed.getErr().println(failed.getCommandName() + ": " + message);
            return ex instanceof UserInputException || ex instanceof IllegalArgumentException
                    || ex instanceof java.io.IOException ? EXIT_BAD_INPUT : 1;
        };
    }
}
