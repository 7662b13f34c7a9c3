package org.molfuse.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.molfuse.core.bench.FeaturizationBenchmark;
import org.molfuse.core.bench.LmPretrainingBenchmark;
import org.molfuse.core.data.CsvReadOptions;
import org.molfuse.core.data.CsvRows;
import org.molfuse.core.data.CsvTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (speed targets live here, never in unit tests).",
        subcommands = {BenchCommand.Featurize.class, BenchCommand.LanguageModel.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required: featurize or lm");
    }

    @Command(name = "featurize",
            mixinStandardHelpOptions = true,
            description = {
                "Molecules per second for parse+standardize, chemprop graph features and ECFP4 on a SMILES file, "
                        + "and RDKit's parse + Morgan fingerprint on the same molecules in the same run when a "
                        + "python3 with RDKit is installed (Debian: apt-get install python3-rdkit).",
                "Compare the printed ratios, not the absolute rates: shared machines are noisy."
            })
    static final class Featurize implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "FILE", required = true, description = "CSV or TSV file with SMILES.")
        Path data;

        @Option(names = "--smiles-column", paramLabel = "COLUMN", required = true, description = "The SMILES column.")
        String smilesColumn;

        @Option(names = "--limit", paramLabel = "N", description = "Use only the first N molecules.")
        int limit = Integer.MAX_VALUE;

        @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--no-rdkit", description = "Skip the RDKit baseline.")
        boolean noRdkit;

        @Override
        public Integer call() throws Exception {
            List<String> smiles = readSmiles(data, smilesColumn, limit);
            if (smiles.isEmpty()) {
                throw new UserInputException("--data: " + data + " has no SMILES in column '" + smilesColumn + "'");
            }
            PrintWriter out = spec.commandLine().getOut();
            new FeaturizationBenchmark(threads, out)
                    .run(smiles, noRdkit ? Optional.empty() : FeaturizationBenchmark.findRdkitPython());
            return 0;
        }
    }

    @Command(name = "lm",
            mixinStandardHelpOptions = true,
            description = {
                "Masked-language-model pretraining speed of a fresh model: tokens per second, and model FLOP "
                        + "utilization against a plain matrix product timed in the same run on one thread.",
                "Compare the printed utilizations, not the absolute rates: shared machines are noisy."
            })
    static final class LanguageModel implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", paramLabel = "FILE", required = true, description = "CSV file of SMILES.")
        Path corpus;

        @Option(names = "--smiles-column", paramLabel = "COLUMN", defaultValue = "SMILES",
                description = "The SMILES column (default: ${DEFAULT-VALUE}).")
        String smilesColumn;

        @Option(names = "--preset", paramLabel = "NAME", defaultValue = "small",
                description = "small, medium or large (default: ${DEFAULT-VALUE}).")
        String preset;

        @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32",
                description = "SMILES per step (default: ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--max-length", paramLabel = "N", defaultValue = "128",
                description = "Longest token sequence (default: ${DEFAULT-VALUE}).")
        int maxLength;

        @Option(names = "--steps", paramLabel = "N", defaultValue = "50",
                description = "Measured steps (default: ${DEFAULT-VALUE}).")
        int steps;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20000",
                description = "Read at most N SMILES (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws Exception {
            List<String> smiles = readSmiles(corpus, smilesColumn, limit);
            LmPretrainingBenchmark.run(smiles, preset, batchSize, maxLength, steps, spec.commandLine().getOut());
            return 0;
        }
    }

    /** The first {@code limit} values of a CSV or TSV file's SMILES column, stripped. */
    private static List<String> readSmiles(Path file, String column, int limit) throws IOException {
        List<String> smiles = new ArrayList<>();
        try (CsvRows rows = CsvTables.stream(file, CsvReadOptions.byExtension())) {
            if (!rows.columnNames().contains(column)) {
                throw new UserInputException("--smiles-column: no column '" + column + "' in " + file
                        + "; available columns: " + rows.columnNames());
            }
            while (rows.hasNext() && smiles.size() < limit) {
                String value = rows.next().get(column);
                smiles.add(value == null ? "" : value.strip());
            }
        }
        return smiles;
    }
}
