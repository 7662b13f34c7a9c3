package org.molfuse.core.cli;

import java.util.List;
import java.util.Locale;
import org.molfuse.core.chem.MoleculeFeatures;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Dataset;
import org.molfuse.core.nn.LayerType;
import org.molfuse.core.nn.ReadoutType;
import org.molfuse.core.ops.GnnLearnOperation;
import org.molfuse.core.ops.GraphFeaturizerSpec;
import org.molfuse.core.ops.SplitOperation;
import org.molfuse.core.train.TrainingConfig;
import picocli.CommandLine.Option;

/** Model, split and training options shared by {@code train} and {@code benchmark}; defaults are chemprop's. */
final class ModelOptions {

    @Option(names = "--model", paramLabel = "TYPE", defaultValue = "dmpnn",
            description = "dmpnn (chemprop's directed message passing), gcn, gin, gine or nnconv; for benchmark also lm (fine-tune a pretrained SMILES language model, see --lm-checkpoint) (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "300", description = "Hidden size (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "3", description = "Message-passing steps (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--readout", paramLabel = "TYPE", defaultValue = "mean",
            description = "sum, mean, max, attention or set2set (default: ${DEFAULT-VALUE}).")
    String readout;

    @Option(names = "--dropout", paramLabel = "P", defaultValue = "0", description = "Dropout rate (default: ${DEFAULT-VALUE}).")
    float dropout;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "30", description = "Training epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "50", description = "Molecules per batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--split", paramLabel = "METHOD", defaultValue = "random",
            description = "random, scaffold or stratified (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--fractions", paramLabel = "TRAIN,VALID,TEST", split = ",", defaultValue = "0.8,0.1,0.1",
            description = "Split fractions (default: ${DEFAULT-VALUE}).")
    List<Double> fractions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "PyTorch threads for training. More than one is faster, but PyTorch's parallel sums then "
                    + "vary from run to run in their last bits, so only one thread repeats a model exactly "
                    + "(default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--as-written", description = "Featurize molecules as written, keeping every fragment and charge "
            + "as chemprop does (default: largest fragment, neutralized).")
    boolean asWritten;

    @Option(names = "--molecule-features", paramLabel = "SETS", defaultValue = "none",
            description = "Whole-molecule features joined to the graph vector before the head, standardized on the "
                    + "training molecules, as chemprop's --features_generator: none, or a comma-separated list of "
                    + "ecfp4 (2048 bits), ecfp4_counts (2048 counts), descriptors (11 CDK descriptors) and cdk_2d "
                    + "(183 two-dimensional CDK descriptors) (default: ${DEFAULT-VALUE}).")
    String moleculeFeatures;

    @Option(names = "--ensemble-size", paramLabel = "N", defaultValue = "1",
            description = "Graph models to train, one after another with seeds SEED, SEED+1, ..., whose outputs are "
                    + "averaged, as chemprop's --ensemble_size; takes N times as long (default: ${DEFAULT-VALUE}).")
    int ensembleSize;

    GnnLearnOperation.Settings settings(Dataset dataset, long seed) {
        if (dataset.spec().tasks().isEmpty()) {
            throw new UserInputException("--task: name at least one label column as COLUMN:regression|classification");
        }
        if (ensembleSize < 1) {
            throw new UserInputException("--ensemble-size: at least 1, got " + ensembleSize);
        }
        TrainingConfig training = TrainingConfig.defaults().withEpochs(epochs).withBatchSize(batchSize)
                .withSeed(Math.toIntExact(seed)).withThreads(threads);
        return new GnnLearnOperation.Settings(dataset.spec().smilesColumn(), dataset.spec().tasks(),
                featurizer(), parse(LayerType.class, model, "--model"), hidden, depth,
                parse(ReadoutType.class, readout, "--readout"), dropout, hidden, 1,
                SplitOperation.Method.parse(split), OptionValues.fractions(fractions), training, ensembleSize);
    }

    private GraphFeaturizerSpec featurizer() {
        StandardizerOptions defaults = StandardizerOptions.defaults();
        StandardizerOptions standardizer = asWritten
                ? new StandardizerOptions(defaults.maxHeavyAtoms(), false, false) : defaults;
        try {
            return new GraphFeaturizerSpec("chemprop", standardizer, MoleculeFeatures.parseList(moleculeFeatures),
                    null);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--molecule-features: " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + ": unknown value '" + text + "'; use one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }
}
