package org.molfuse.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.molfuse.core.bench.GnnBenchmark;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.Dataset;
import org.molfuse.core.data.DatasetSpec;
import org.molfuse.core.data.Table;
import org.molfuse.core.data.TaskSpec;
import org.molfuse.core.eval.Split;
import org.molfuse.core.lm.PretrainedEncoder;
import org.molfuse.core.lm.SmilesLmPredictor;
import org.molfuse.core.ops.LmLearnOperation;
import org.molfuse.core.ops.SplitOperation;
import org.molfuse.core.train.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "benchmark",
        mixinStandardHelpOptions = true,
        description = {
            "Train and test a graph model over several seeds and report the test metric per seed, its mean and "
                    + "standard deviation, seconds per epoch, training molecules per second and peak memory.",
            "Use --train/--valid/--test to score on split files made by another tool, row for row."
        })
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", description = "A MoleculeNet name (see 'molfuse datasets').")
    String dataset;

    @Option(names = "--data", paramLabel = "FILE", description = "A CSV/TSV file; name its columns with --smiles-column and --task.")
    Path data;

    @Option(names = {"--smiles-column"}, paramLabel = "COLUMN", description = "The SMILES column.")
    String smilesColumn;

    @Option(names = "--task", paramLabel = "COLUMN:TYPE",
            description = "A label column and its type, regression or classification; repeatable.")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--train", paramLabel = "FILE", description = "Given training rows (with --valid and --test).")
    Path trainFile;

    @Option(names = "--valid", paramLabel = "FILE", description = "Given validation rows.")
    Path validFile;

    @Option(names = "--test", paramLabel = "FILE", description = "Given test rows.")
    Path testFile;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--seeds", paramLabel = "N,N,...", split = ",", defaultValue = "0,1,2",
            description = "Seeds to run (default: ${DEFAULT-VALUE}).")
    List<Long> seeds;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures as JSON.")
    Path json;

    @Option(names = "--lm-checkpoint", paramLabel = "FILE",
            description = "With --model lm: the pretrained SMILES language model to fine-tune: a model file from "
                    + "pretrain-lm, or a HuggingFace RoBERTa checkpoint folder (config.json, model.safetensors, "
                    + "tokenizer.json).")
    Path lmCheckpoint;

    @Option(names = "--lm-mode", paramLabel = "MODE", defaultValue = "full",
            description = "With --model lm: full (every weight), frozen (head only) or lora (head and low-rank "
                    + "adapters) (default: ${DEFAULT-VALUE}).")
    String lmMode;

    @Option(names = "--lm-pooling", paramLabel = "TYPE", defaultValue = "cls",
            description = "With --model lm: cls or mean pooling of the token states (default: ${DEFAULT-VALUE}).")
    String lmPooling;

    @Option(names = "--lora-rank", paramLabel = "N", defaultValue = "8",
            description = "With --lm-mode lora: the adapters' rank (default: ${DEFAULT-VALUE}).")
    int loraRank;

    @Override
    public Integer call() throws Exception {
        boolean given = trainFile != null || validFile != null || testFile != null;
        if (given && (trainFile == null || validFile == null || testFile == null)) {
            throw new UserInputException("--train, --valid and --test go together");
        }
        if (given == (dataset != null || data != null) || (dataset != null && data != null)) {
            throw new UserInputException("give exactly one of --dataset, --data or --train/--valid/--test");
        }
        Table table;
        Optional<Split> split = Optional.empty();
        Dataset loaded;
        if (given) {
            List<Table> parts = List.of(CsvTables.read(trainFile), CsvTables.read(validFile), CsvTables.read(testFile));
            table = GnnBenchmark.concatenate(parts);
            split = Optional.of(GnnBenchmark.splitOfConcatenated(parts.get(0).rowCount(), parts.get(1).rowCount(),
                    parts.get(2).rowCount()));
            loaded = described(table, trainFile);
        } else {
            loaded = InputOptions.of(dataset, data, smilesColumn, tasks).load();
            table = loaded.table();
        }
        PrintWriter out = spec.commandLine().getOut();
        String rows = split.map(parts -> parts.train().length + " / " + parts.valid().length + " / "
                + parts.test().length + " train / validation / test molecules").orElse(table.rowCount() + " molecules");
        out.printf(Locale.ROOT, "%s: %s, model %s, molecule features %s, ensemble size %d, split %s, %d epochs, "
                + "seeds %s%n", loaded.spec().name(), rows, modelOptions.model, modelOptions.moleculeFeatures,
                modelOptions.ensembleSize, given ? "given files" : modelOptions.split, modelOptions.epochs, seeds);
        out.flush();
        TrainingListener progress = epochProgress(spec.commandLine().getErr());
        GnnBenchmark.Summary summary = "lm".equalsIgnoreCase(modelOptions.model)
                ? GnnBenchmark.run(seeds, languageModel(table, loaded, split, progress))
                : GnnBenchmark.run(table, modelOptions.settings(loaded, seeds.get(0)), seeds, split, progress);
        for (GnnBenchmark.SeedResult seed : summary.seeds()) {
            out.printf(Locale.ROOT, "seed %d  test %s %.4f  best epoch %d  %.2f s/epoch  %.0f training molecules/s%n",
                    seed.seed(), summary.metric(), seed.testScore(), seed.bestEpoch(), seed.secondsPerEpoch(),
                    seed.trainMoleculesPerSecond());
            if (seed.perTask().size() > 1) {
                seed.perTask().forEach((task, score) -> out.printf(Locale.ROOT, "  %-40s %.4f%n", task, score));
            }
        }
        out.printf(Locale.ROOT, "%s %.4f +- %.4f over %d seeds; %.2f s/epoch; %.0f training molecules/s; "
                + "peak heap %d MB; peak resident %d MB%n", summary.metric(), summary.mean(), summary.std(),
                summary.seeds().size(), summary.secondsPerEpoch(), summary.trainMoleculesPerSecond(),
                summary.peakHeapBytes() >> 20, summary.peakResidentBytes() >> 20);
        out.printf(Locale.ROOT, "same-run baseline: matmul %dx%dx%d at %.1f GFLOP/s on this CPU (PyTorch, the training "
                + "thread count)%n", GnnBenchmark.BASELINE_ROWS, GnnBenchmark.BASELINE_WIDTH,
                GnnBenchmark.BASELINE_WIDTH, summary.matmulFlopsPerSecond() / 1e9);
        out.flush();
        if (json != null) {
            writeJson(summary, loaded.spec().name(), given ? "given" : modelOptions.split);
        }
        return 0;
    }

    /** One line per epoch on standard error, so that a long run shows it is alive; the figures go to standard out. */
    private TrainingListener epochProgress(PrintWriter err) {
        return epoch -> {
            // an ensemble's members number their epochs on
            err.printf(Locale.ROOT, "  epoch %d/%d  loss %.4f  validation %.4f  %.1f s%n", epoch.epoch(),
                    modelOptions.epochs * modelOptions.ensembleSize, epoch.trainLoss(), epoch.validationMetric(), epoch.seconds());
            err.flush();
        };
    }

    /** Fine-tuning of the --lm-checkpoint model with the epochs, batch size and split of the other options. */
    private GnnBenchmark.SeedRun languageModel(Table table, Dataset loaded, Optional<Split> split,
            TrainingListener progress) {
        if (lmCheckpoint == null) {
            throw new UserInputException("--model lm needs --lm-checkpoint (a model file from pretrain-lm or a "
                    + "HuggingFace RoBERTa checkpoint folder)");
        }
        if (!"none".equalsIgnoreCase(modelOptions.moleculeFeatures.trim())) {
            throw new UserInputException("--molecule-features: graph models only, not --model lm");
        }
        if (modelOptions.ensembleSize != 1) {
            throw new UserInputException("--ensemble-size: graph models only, not --model lm");
        }
        if (loaded.spec().tasks().isEmpty()) {
            throw new UserInputException("--task: name at least one label column as COLUMN:regression|classification");
        }
        LmLearnOperation.Settings defaults = LmLearnOperation.Settings.defaults(loaded.spec().smilesColumn(),
                loaded.spec().tasks(), LmLearnOperation.Mode.parse(lmMode),
                SplitOperation.Method.parse(modelOptions.split), seeds.get(0));
        LmLearnOperation.Settings settings = new LmLearnOperation.Settings(defaults.smilesColumn(), defaults.tasks(),
                defaults.mode(), loraRank, SmilesLmPredictor.Pooling.parse(lmPooling), defaults.headHidden(),
                defaults.headLayers(), defaults.dropout(), defaults.split(),
                OptionValues.fractions(modelOptions.fractions), defaults.training().withEpochs(modelOptions.epochs)
                        .withBatchSize(modelOptions.batchSize).withThreads(modelOptions.threads));
        return (seed, manager) -> {
            try (PretrainedEncoder pretrained = PretrainedEncoder.load(lmCheckpoint, manager)) {
                return split.isPresent()
                        ? LmLearnOperation.execute(table, pretrained, settings.withSeed(seed), split.get(), manager,
                                progress, () -> false)
                        : LmLearnOperation.execute(table, pretrained, settings.withSeed(seed), manager, progress,
                                () -> false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private Dataset described(Table table, Path file) {
        if (smilesColumn == null || tasks.isEmpty()) {
            throw new UserInputException("with --train/--valid/--test, name --smiles-column and at least one --task");
        }
        List<TaskSpec> taskSpecs = tasks.stream().map(TaskSpec::parse).toList();
        for (String column : concat(smilesColumn, taskSpecs)) {
            if (!table.hasColumn(column)) {
                throw new UserInputException("no column '" + column + "' in the split files; available columns: "
                        + table.columnNames());
            }
        }
        String name = file.toString(); // the path, not just "train.csv", tells split files apart in the JSON
        return new Dataset(new DatasetSpec(name, name, smilesColumn, taskSpecs, null), file, table);
    }

    private static List<String> concat(String smiles, List<TaskSpec> tasks) {
        List<String> columns = new ArrayList<>();
        columns.add(smiles);
        tasks.forEach(task -> columns.add(task.column()));
        return columns;
    }

    private void writeJson(GnnBenchmark.Summary summary, String name, String splitName) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("dataset", name);
        root.put("model", modelOptions.model);
        root.put("molecule_features", modelOptions.moleculeFeatures);
        root.put("ensemble_size", modelOptions.ensembleSize);
        root.put("split", splitName);
        root.put("epochs", modelOptions.epochs);
        root.put("metric", summary.metric());
        root.put("mean", summary.mean());
        root.put("std", summary.std());
        ArrayNode values = root.putArray("values");
        ArrayNode seedList = root.putArray("seeds");
        for (GnnBenchmark.SeedResult seed : summary.seeds()) {
            values.add(seed.testScore());
            seedList.add(seed.seed());
        }
        // each task's test score per seed, in seed order; null where the metric is undefined for that task
        ObjectNode perTask = root.putObject("per_task");
        for (GnnBenchmark.SeedResult seed : summary.seeds()) {
            seed.perTask().forEach((task, score) -> {
                ArrayNode taskValues = perTask.has(task) ? (ArrayNode) perTask.get(task) : perTask.putArray(task);
                if (Double.isNaN(score)) {
                    taskValues.addNull();
                } else {
                    taskValues.add(score);
                }
            });
        }
        root.put("seconds_per_epoch", summary.secondsPerEpoch());
        root.put("train_molecules_per_second", summary.trainMoleculesPerSecond());
        root.put("peak_heap_bytes", summary.peakHeapBytes());
        root.put("peak_resident_bytes", summary.peakResidentBytes());
        root.put("matmul_flops_per_second", summary.matmulFlopsPerSecond());
        OptionValues.writeJson(root, json);
    }
}
