package org.molfuse.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.molfuse.core.chem.BatchFeaturizer;
import org.molfuse.core.chem.FingerprintType;
import org.molfuse.core.chem.Fingerprints;
import org.molfuse.core.chem.GraphFeaturizer;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.RowResult;
import org.molfuse.core.chem.StandardizedMolecule;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Throughput of the featurization stages on one file, and of RDKit's parse + Morgan fingerprint on the same SMILES
 * in the same run, so the ratio holds on a shared, noisy machine where absolute figures do not.
 */
public final class FeaturizationBenchmark {

    /** One measured stage: molecules processed and wall time. */
    public record Rate(String stage, int molecules, double seconds) {
        public double perSecond() {
            return molecules / seconds;
        }
    }

    /** Molecules kept in memory for the graph and fingerprint stages measured on their own. */
    private static final int SAMPLE = 5000;

    private final int threads;
    private final PrintWriter out;

    public FeaturizationBenchmark(int threads, PrintWriter out) {
        this.threads = threads;
        this.out = out;
    }

    public List<Rate> run(List<String> smiles, Optional<Path> rdkitPython) throws IOException, InterruptedException {
        MoleculeStandardizer standardizer = new MoleculeStandardizer();
        GraphFeaturizer graphs = GraphFeaturizer.chemprop();
        Fingerprints ecfp4 = Fingerprints.of(FingerprintType.ECFP4);
        BatchFeaturizer batch = new BatchFeaturizer(threads);
        // What the featurize operation does per distinct SMILES, keeping only small results as it does: holding
        // tens of thousands of CDK molecules would turn the measurement into one of the garbage collector.
        Function<String, Integer> pipeline = text -> {
            StandardizedMolecule molecule = standardizer.standardize(text);
            return molecule.isValid() ? ecfp4.bits(molecule.molecule()).cardinality() : -1;
        };

        // The first pass pays for class loading and JIT compilation, which a long KNIME session pays once; it is
        // printed for honesty, and the steady-state passes after it are the ones compared with RDKit.
        List<Rate> rates = new ArrayList<>();
        long start = System.nanoTime();
        batch.map(smiles, pipeline);
        rates.add(rate("parse+standardize+ECFP4, first pass (JIT warm-up)", smiles.size(), start));

        start = System.nanoTime();
        List<RowResult<String>> canonical = batch.map(smiles, text -> standardizer.standardize(text).canonicalSmiles());
        rates.add(rate("parse+standardize", smiles.size(), start));
        long valid = canonical.stream().filter(result -> result.value() != null).count();

        List<IAtomContainer> sample = batch.map(smiles.subList(0, Math.min(smiles.size(), SAMPLE)),
                standardizer::standardize).stream().map(RowResult::value).filter(StandardizedMolecule::isValid)
                .map(StandardizedMolecule::molecule).toList();
        start = System.nanoTime();
        forEachParallel(sample, graphs::featurize);
        rates.add(rate("graph features (chemprop 133+14), first " + sample.size(), sample.size(), start));
        start = System.nanoTime();
        forEachParallel(sample, ecfp4::bits);
        rates.add(rate("ECFP4 2048 bits, first " + sample.size(), sample.size(), start));

        start = System.nanoTime();
        batch.map(smiles, pipeline);
        Rate pipelineRate = rate("parse+standardize+ECFP4", smiles.size(), start);
        rates.add(pipelineRate);

        out.printf(Locale.ROOT, "%d molecules, %d valid after standardization, %d threads%n", smiles.size(), valid,
                threads);
        rates.forEach(this::print);
        if (rdkitPython.isPresent()) {
            compareWithRdkit(smiles, rdkitPython.get(), pipelineRate);
        } else {
            out.println("RDKit comparison skipped: no python3 with RDKit found (install Debian's python3-rdkit)");
        }
        out.flush();
        return rates;
    }

    private <T> void forEachParallel(List<T> items, Consumer<T> action) throws InterruptedException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> items.parallelStream().forEach(action)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark stage failed", e.getCause());
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private void compareWithRdkit(List<String> smiles, Path python, Rate ours) throws IOException, InterruptedException {
        Path script = Files.createTempFile("molfuse-rdkit-bench", ".py");
        Path input = Files.createTempFile("molfuse-rdkit-bench", ".smi");
        try (InputStream resource = getClass().getResourceAsStream("rdkit_parse_morgan.py")) {
            Files.write(script, resource.readAllBytes());
            Files.write(input, smiles, StandardCharsets.UTF_8);
            for (int processes : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
                Rate rdkit = runRdkit(python, script, input, processes);
                print(rdkit);
                out.printf(Locale.ROOT, "ratio MolFuse parse+standardize+ECFP4 (%d threads) / %s = %.2f%n", threads,
                        rdkit.stage(), ours.perSecond() / rdkit.perSecond());
            }
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(input);
        }
    }

    private static Rate runRdkit(Path python, Path script, Path input, int processes)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python.toString(), script.toString(), input.toString(),
                Integer.toString(processes)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IOException("RDKit baseline failed: " + output);
        }
        JsonNode result = new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElse("{}"));
        return new Rate("RDKit " + result.path("rdkit").asText() + " parse+Morgan r2 (" + processes + " process"
                + (processes == 1 ? "" : "es") + ")", result.path("molecules").asInt(),
                result.path("seconds").asDouble());
    }

    /** A python3 that can import RDKit, trying Debian's interpreter first. */
    public static Optional<Path> findRdkitPython() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process probe = new ProcessBuilder(candidate, "-c", "import rdkit").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor() == 0) {
                    return Optional.of(Path.of(candidate));
                }
            } catch (IOException e) {
                // not installed: try the next candidate
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Rate rate(String stage, int molecules, long startNanos) {
        return new Rate(stage, molecules, (System.nanoTime() - startNanos) / 1e9);
    }

    private void print(Rate rate) {
        out.printf(Locale.ROOT, "%-52s %9.0f molecules/s  (%d in %.2f s)%n", rate.stage(), rate.perSecond(),
                rate.molecules(), rate.seconds());
    }
}
