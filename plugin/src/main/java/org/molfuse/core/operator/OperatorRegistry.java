package org.molfuse.core.operator;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.molfuse.core.operator.chemistry.DescriptorsOperator;
import org.molfuse.core.operator.chemistry.FingerprintsOperator;
import org.molfuse.core.operator.chemistry.ScaffoldsOperator;
import org.molfuse.core.operator.chemistry.SmilesStandardizerOperator;
import org.molfuse.core.operator.data.DatasetReaderOperator;
import org.molfuse.core.operator.graphs.GraphBuilderOperator;
import org.molfuse.core.operator.languagemodels.LmEncoderOperator;
import org.molfuse.core.operator.languagemodels.LmLearnerOperator;
import org.molfuse.core.operator.languagemodels.LmPredictorOperator;
import org.molfuse.core.operator.languagemodels.SmilesLmPretrainerOperator;
import org.molfuse.core.operator.learners.GnnLearnerOperator;
import org.molfuse.core.operator.learners.GnnPredictorOperator;
import org.molfuse.core.operator.scoring.DataSplitterOperator;
import org.molfuse.core.operator.scoring.ScorerOperator;

/**
 * Every operator with the KNIME node factory that presents it. The factory class name is how a saved workflow
 * names a node, so this table is what lets the headless runner execute workflows saved by KNIME, and what the node
 * plug-in's factories look themselves up in. Factory names are strings: the core never loads KNIME classes.
 */
public final class OperatorRegistry {

    private static final String NODES = "org.molfuse.knime.";

    /** One node: its factory class and how to make its operator. */
    public record Entry(String factoryClass, Supplier<Operator> operator) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(NODES + "data.reader.DatasetReaderNodeFactory", DatasetReaderOperator::new),
            new Entry(NODES + "chemistry.standardizer.SmilesStandardizerNodeFactory", SmilesStandardizerOperator::new),
            new Entry(NODES + "chemistry.fingerprints.FingerprintsNodeFactory", FingerprintsOperator::new),
            new Entry(NODES + "chemistry.descriptors.DescriptorsNodeFactory", DescriptorsOperator::new),
            new Entry(NODES + "chemistry.scaffolds.ScaffoldsNodeFactory", ScaffoldsOperator::new),
            new Entry(NODES + "graphs.builder.GraphBuilderNodeFactory", GraphBuilderOperator::new),
            new Entry(NODES + "scoring.splitter.DataSplitterNodeFactory", DataSplitterOperator::new),
            new Entry(NODES + "learners.gnnlearner.GnnLearnerNodeFactory", GnnLearnerOperator::new),
            new Entry(NODES + "learners.gnnpredictor.GnnPredictorNodeFactory", GnnPredictorOperator::new),
            new Entry(NODES + "scoring.scorer.ScorerNodeFactory", ScorerOperator::new),
            new Entry(NODES + "languagemodels.encoder.LmEncoderNodeFactory", LmEncoderOperator::new),
            new Entry(NODES + "languagemodels.pretrainer.SmilesLmPretrainerNodeFactory",
                    SmilesLmPretrainerOperator::new),
            new Entry(NODES + "languagemodels.learner.LmLearnerNodeFactory", LmLearnerOperator::new),
            new Entry(NODES + "languagemodels.predictor.LmPredictorNodeFactory", LmPredictorOperator::new));

    private OperatorRegistry() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> find(String factoryClass) {
        return ENTRIES.stream().filter(entry -> entry.factoryClass().equals(factoryClass)).findFirst();
    }

    /** A new operator for the node of {@code factoryClass}. */
    public static Operator create(String factoryClass) {
        return find(factoryClass).orElseThrow(() -> new IllegalArgumentException("unknown node factory '"
                + factoryClass + "': not a MolFuse node (the MolFuse nodes are "
                + ENTRIES.stream().map(Entry::factoryClass).toList() + ")")).operator().get();
    }
}
