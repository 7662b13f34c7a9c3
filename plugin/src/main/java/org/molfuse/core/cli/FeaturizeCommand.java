package org.molfuse.core.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.molfuse.core.chem.FingerprintType;
import org.molfuse.core.chem.Fingerprints;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.CsvReadOptions;
import org.molfuse.core.data.CsvRows;
import org.molfuse.core.data.DatasetLoader;
import org.molfuse.core.data.Table;
import org.molfuse.core.ops.FeaturizeOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "featurize",
        mixinStandardHelpOptions = true,
        description = {
            "Standardize molecules and compute fingerprints and descriptors.",
            "Standardization keeps the largest fragment (strips salts and solvents), neutralizes charges where that "
                    + "is chemically safe, and writes canonical SMILES with stereochemistry.",
            "Every input row is written, in order, with columns standardized_smiles, valid, reason (ok, empty, "
                    + "unparsable, valence, too_many_atoms, unsupported_element, featurization_failed) and "
                    + "reason_detail. "
                    + "Rows that fail keep empty feature cells."
        })
final class FeaturizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "CSV (or .tsv) file to write; fingerprint bits become columns NAME_0, NAME_1, ...")
    Path output;

    @Option(names = "--fingerprint", paramLabel = "TYPE",
            description = "ecfp4 or ecfp6 (circular, radius 2 or 3, like RDKit's Morgan) or maccs (166 keys).")
    String fingerprint;

    @Option(names = "--fingerprint-length", paramLabel = "BITS", defaultValue = "" + Fingerprints.DEFAULT_LENGTH,
            description = "Folded length of ECFP fingerprints (default: ${DEFAULT-VALUE}).")
    int fingerprintLength;

    @Option(names = "--counts", description = "ECFP substructure counts instead of 0/1 bits.")
    boolean counts;

    @Option(names = "--descriptors",
            description = "Add molecular weight, XLogP, TPSA, H-bond acceptors and donors, rotatable bonds, rings, "
                    + "aromatic rings, heavy atoms, fraction sp3 carbons and net formal charge.")
    boolean descriptors;

    @Option(names = "--max-heavy-atoms", paramLabel = "N", defaultValue = "500",
            description = "Molecules with more heavy atoms are marked too_many_atoms (default: ${DEFAULT-VALUE}).")
    int maxHeavyAtoms;

    @Option(names = "--keep-fragments", description = "Keep every fragment instead of only the largest.")
    boolean keepFragments;

    @Option(names = "--keep-charges", description = "Do not neutralize charges.")
    boolean keepCharges;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-rows", paramLabel = "N", defaultValue = "20000",
            description = "Rows read, featurized and written at a time, so files of any size fit in memory "
                    + "(default: ${DEFAULT-VALUE}).")
    int batchRows;

    @Override
    public Integer call() throws Exception {
        if (batchRows < 1) {
            throw new UserInputException("--batch-rows must be at least 1, was " + batchRows);
        }
        DatasetLoader.DatasetSource source = inputOptions.locate();
        FeaturizeOperation.Settings settings = new FeaturizeOperation.Settings(source.spec().smilesColumn(),
                new StandardizerOptions(maxHeavyAtoms, !keepFragments, !keepCharges), fingerprintType(),
                fingerprintLength, counts, descriptors, threads);
        int rows = 0;
        int invalid = 0;
        try (CsvRows input = CsvTables.stream(source.file(), CsvReadOptions.byExtension());
                CsvTables.Writer writer = CsvTables.writer(output)) {
            do {
                Table result = FeaturizeOperation.execute(input.nextBatch(batchRows), settings, fraction -> { },
                        () -> false);
                writer.append(result);
                rows += result.rowCount();
                invalid += result.column(FeaturizeOperation.STANDARDIZED_SMILES).missingCount();
            } while (input.hasNext());
            writer.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d rows, %d valid, %d invalid -> %s%n", rows, rows - invalid, invalid, output);
        out.flush();
        return 0;
    }

    private FingerprintType fingerprintType() {
        if (fingerprint == null) {
            return null;
        }
        try {
            return FingerprintType.valueOf(fingerprint.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--fingerprint: unknown type '" + fingerprint + "'; use ecfp4, ecfp6 or maccs");
        }
    }
}
