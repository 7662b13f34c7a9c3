package org.molfuse.core.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.molfuse.core.data.Dataset;
import org.molfuse.core.eval.MetricValue;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.ops.GnnLearnOperation;
import org.molfuse.core.ops.LearnResult;
import org.molfuse.core.train.TaskKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train a graph neural network on molecules and save it as one model file.",
            "The data are split into training, validation and test rows; the epoch with the best validation score "
                    + "is kept, and the test rows are scored at the end. Defaults follow chemprop: D-MPNN, hidden 300, "
                    + "depth 3, 30 epochs, batch 50, 80/10/10 random split."
        })
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of split and weights (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Model file to write (.mfb).")
    Path output;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = inputOptions.load();
        GnnLearnOperation.Settings settings = modelOptions.settings(dataset, seed);
        PrintWriter out = spec.commandLine().getOut();
        String metric = settings.training().validationMetricFor(
                settings.tasks().stream().map(task -> TaskKind.of(task.type())).toList()).name();
        try (NDManager manager = TorchRuntime.newManager()) {
            LearnResult result = GnnLearnOperation.execute(dataset.table(), settings, manager,
                    epoch -> {
                        out.printf(Locale.ROOT, "epoch %3d  loss %.4f  validation %s %.4f  %.1f s%n", epoch.epoch(),
                                epoch.trainLoss(), metric, epoch.validationMetric(), epoch.seconds());
                        out.flush();
                    }, () -> false);
            result.bundle().write(output);
            out.printf(Locale.ROOT, "best epoch %d; %d training molecules; %d invalid SMILES left out%n",
                    result.training().bestEpoch(), result.trainingMolecules(), result.invalidMolecules());
            out.println(line("test " + result.metric().name(), result.testScore()));
            if (result.testScorePerTask().size() > 1) {
                for (Map.Entry<String, MetricValue> task : result.testScorePerTask().entrySet()) {
                    out.println(line("  " + task.getKey(), task.getValue()));
                }
            }
            out.println("model -> " + output);
            out.flush();
        }
        return 0;
    }

    private static String line(String label, MetricValue value) {
        return value.isDefined() ? String.format(Locale.ROOT, "%-24s %.4f", label, value.value())
                : String.format(Locale.ROOT, "%-24s missing (%s)", label, value.reason());
    }
}
