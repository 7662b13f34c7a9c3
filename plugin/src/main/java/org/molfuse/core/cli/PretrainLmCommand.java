package org.molfuse.core.cli;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.Table;
import org.molfuse.core.lm.MlmPretrainer;
import org.molfuse.core.lm.PretrainedLm;
import org.molfuse.core.lm.TransformerConfig;
import org.molfuse.core.nn.TorchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pretrain-lm",
        mixinStandardHelpOptions = true,
        description = {
            "Pretrain a RoBERTa-style SMILES language model by masked-language modelling on unlabeled SMILES.",
            "15% of the tokens are predicted (80% shown as [MASK], 10% as a random token, 10% unchanged); AdamW "
                    + "with linear warm-up, then decay to a tenth of the peak rate. A shuffled hold-out of the corpus "
                    + "scores the model before training and at every validation, and the model file is written at "
                    + "every validation, so a stopped run keeps its last checkpoint; --resume continues one."
        })
final class PretrainLmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", required = true,
            description = "CSV/TSV (optionally .gz) of SMILES; repeat for several files.")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--smiles-column", paramLabel = "COLUMN", defaultValue = "SMILES",
            description = "Column of SMILES, matched ignoring case (default: ${DEFAULT-VALUE}).")
    String smilesColumn;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "small",
            description = "Encoder size: small, medium or large (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--max-length", paramLabel = "N", defaultValue = "128",
            description = "Longest token sequence with [CLS] and [SEP]; longer SMILES are cut (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "10000", description = "Optimizer steps in all (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32", description = "SMILES per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--learning-rate", paramLabel = "RATE", defaultValue = "5e-4", description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--warmup-steps", paramLabel = "N", defaultValue = "500", description = "Linear warm-up steps (default: ${DEFAULT-VALUE}).")
    int warmupSteps;

    @Option(names = "--validation", paramLabel = "N", defaultValue = "2000",
            description = "SMILES held out of training for validation (default: ${DEFAULT-VALUE}).")
    int validationCount;

    @Option(names = "--validate-every", paramLabel = "N", defaultValue = "500",
            description = "Steps between validations and checkpoints (default: ${DEFAULT-VALUE}).")
    int validateEvery;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed of hold-out, weights, batches and masks (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--resume", paramLabel = "FILE", description = "Continue pretraining this model file up to --steps.")
    Path resume;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Model file to write (.mfb).")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<String> smiles = new ArrayList<>();
        for (Path corpus : corpora) {
            smiles.addAll(read(corpus));
        }
        MlmPretrainer.HeldOut heldOut = MlmPretrainer.holdOut(smiles, validationCount, seed);
        List<String> validation = heldOut.validation();
        List<String> training = heldOut.training();
        MlmPretrainer.Settings settings = new MlmPretrainer.Settings(
                vocabulary -> TransformerConfig.preset(preset, vocabulary, maxLength), maxLength, 1, batchSize, steps,
                learningRate, warmupSteps, 0.01, 0.15, validateEvery, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "pretraining on %d SMILES, validating on %d; preset %s, %d steps of %d%n",
                training.size(), validation.size(), preset, steps, batchSize);
        out.flush();
        try (NDManager manager = TorchRuntime.newManager()) {
            MlmPretrainer pretrainer = new MlmPretrainer(settings);
            MlmPretrainer.Listener listener = new MlmPretrainer.Listener() {
                @Override
                public void validated(MlmPretrainer.Progress progress) {
                    out.printf(Locale.ROOT, "step %6d  train loss %.4f  validation loss %.4f  accuracy %.4f  "
                            + "%.0f tokens/s%n", progress.step(), progress.trainLoss(), progress.validationLoss(),
                            progress.validationAccuracy(), progress.tokensPerSecond());
                    out.flush();
                }

                @Override
                public void checkpoint(PretrainedLm current) throws IOException {
                    current.save(output);
                }
            };
            MlmPretrainer.Result result;
            if (resume != null) {
                result = pretrainer.resume(PretrainedLm.load(resume, manager), training, validation, manager,
                        listener, () -> false);
            } else {
                result = pretrainer.pretrain(training, validation, manager, listener, () -> false);
            }
            result.model().save(output);
            MlmPretrainer.Progress last = result.last();
            out.printf(Locale.ROOT, "validation MLM loss %.4f, accuracy %.4f after %d steps; %.0f tokens/s; "
                    + "%d SMILES skipped (not tokenizable); wrote %s (%.1f MB)%n", last.validationLoss(),
                    last.validationAccuracy(), last.step(), result.tokensPerSecond(), result.skipped(), output,
                    Files.size(output) / 1e6);
            out.flush();
        }
        return 0;
    }

    private List<String> read(Path corpus) throws IOException {
        Table table = CsvTables.read(corpus);
        for (String name : table.columnNames()) {
            if (name.equalsIgnoreCase(smilesColumn)) {
                return table.stringColumn(name).toList();
            }
        }
        throw new UserInputException(corpus + " has no column '" + smilesColumn + "'; its columns are "
                + table.columnNames());
    }
}
