package org.molfuse.core.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.Dataset;
import org.molfuse.core.data.Table;
import org.molfuse.core.nn.TorchRuntime;
import org.molfuse.core.ops.GnnArchitecture;
import org.molfuse.core.ops.GnnPredictOperation;
import org.molfuse.core.train.ModelBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "predict",
        mixinStandardHelpOptions = true,
        description = {
            "Predict properties of molecules with a model file written by 'molfuse train'.",
            "Adds one column per task, TASK_predicted: the value for a regression task, the probability of the "
                    + "positive class for a classification task. Every row is kept; an invalid SMILES gets an empty "
                    + "prediction."
        })
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "Model file (.mfb).")
    Path model;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "CSV or TSV file to write.")
    Path output;

    @Option(names = "--embeddings",
            description = "Also write each molecule's learned graph vector (columns graph_embedding_0, ...).")
    boolean embeddings;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = inputOptions.load();
        try (NDManager manager = TorchRuntime.newManager()) {
            ModelBundle bundle = ModelBundle.read(model, GnnArchitecture.factory(), manager);
            Table result = GnnPredictOperation.execute(dataset.table(), dataset.spec().smilesColumn(), bundle, manager,
                    256, embeddings, () -> false);
            CsvTables.write(result, output);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%d rows, tasks %s -> %s%n", result.rowCount(), bundle.taskNames(), output);
            out.flush();
        }
        return 0;
    }
}
