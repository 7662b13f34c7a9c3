package org.molfuse.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.molfuse.core.bench.FeaturizationBenchmark;
import org.molfuse.core.data.CsvReadOptions;
import org.molfuse.core.data.CsvRow;
import org.molfuse.core.data.CsvRows;
import org.molfuse.core.data.CsvTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (speed targets live here, never in unit tests).",
        subcommands = BenchCommand.Featurize.class)
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a benchmark is required: featurize");
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
            List<String> smiles = readSmiles();
            if (smiles.isEmpty()) {
                throw new UserInputException("--data: " + data + " has no SMILES in column '" + smilesColumn + "'");
            }
            PrintWriter out = spec.commandLine().getOut();
            new FeaturizationBenchmark(threads, out)
                    .run(smiles, noRdkit ? Optional.empty() : FeaturizationBenchmark.findRdkitPython());
            return 0;
        }

        private List<String> readSmiles() throws IOException {
            List<String> smiles = new ArrayList<>();
            try (CsvRows rows = CsvTables.stream(data, CsvReadOptions.byExtension())) {
                if (!rows.columnNames().contains(smilesColumn)) {
                    throw new UserInputException("--smiles-column: no column '" + smilesColumn + "' in " + data
                            + "; available columns: " + rows.columnNames());
                }
                while (rows.hasNext() && smiles.size() < limit) {
                    CsvRow row = rows.next();
                    String value = row.get(smilesColumn);
                    smiles.add(value == null ? "" : value.strip());
                }
            }
            return smiles;
        }
    }
}
