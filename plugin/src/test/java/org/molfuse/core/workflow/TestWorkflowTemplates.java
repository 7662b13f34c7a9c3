package org.molfuse.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.molfuse.core.operator.OperatorRegistry;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.workflow.Workflow.Connection;
import org.molfuse.core.workflow.WorkflowWriter.NodeEntry;

/**
 * The shared workflow templates in test-workflows/, defined once here. {@link TestWorkflowTemplatesTest} checks that
 * the committed folders hold exactly what this writes, so a changed operator (a new setting, a renamed key) cannot
 * leave a template that KNIME would refuse to load; run it with {@code -Dmolfuse.writeTemplates=true} to rewrite
 * them after such a change. Each folder's expectations.json is written by hand.
 */
final class TestWorkflowTemplates {

    static final Path ROOT = Path.of("..", "test-workflows");

    private static final String NODES = "org.molfuse.knime.";
    static final String READER = NODES + "data.reader.DatasetReaderNodeFactory";
    static final String STANDARDIZER = NODES + "chemistry.standardizer.SmilesStandardizerNodeFactory";
    static final String FINGERPRINTS = NODES + "chemistry.fingerprints.FingerprintsNodeFactory";
    static final String DESCRIPTORS = NODES + "chemistry.descriptors.DescriptorsNodeFactory";
    static final String SCAFFOLDS = NODES + "chemistry.scaffolds.ScaffoldsNodeFactory";
    static final String SPLITTER = NODES + "scoring.splitter.DataSplitterNodeFactory";
    static final String LEARNER = NODES + "learners.gnnlearner.GnnLearnerNodeFactory";
    static final String PREDICTOR = NODES + "learners.gnnpredictor.GnnPredictorNodeFactory";
    static final String SCORER = NODES + "scoring.scorer.ScorerNodeFactory";
    static final String LM_ENCODER = NODES + "languagemodels.encoder.LmEncoderNodeFactory";
    static final String LM_PRETRAINER = NODES + "languagemodels.pretrainer.SmilesLmPretrainerNodeFactory";
    static final String LM_LEARNER = NODES + "languagemodels.learner.LmLearnerNodeFactory";
    static final String LM_PREDICTOR = NODES + "languagemodels.predictor.LmPredictorNodeFactory";

    static final String ESOL_LABEL = "measured log solubility in mols per litre";
    private static final String STANDARDIZED = "standardized_smiles";

    /** A template: its folder name, nodes and connections. */
    record Template(String name, List<NodeEntry> nodes, List<Connection> connections) {
        Path directory() {
            return ROOT.resolve(name);
        }
    }

    private TestWorkflowTemplates() {
    }

    static List<Template> all() {
        return List.of(esolSolubility(), bbbpScaffoldSplit(), baceWithDescriptors(), moleculeFeatures(),
                esolLanguageModel(), languageModelPretraining());
    }

    /** ESOL with chemprop's defaults: read, standardize, split 80/10/10, train D-MPNN, predict the test rows, score. */
    static Template esolSolubility() {
        return learningChain("esol-solubility-dmpnn", "esol", "random", ESOL_LABEL, "regression");
    }

    /** BBBP blood-brain barrier penetration, classified by D-MPNN on a balanced Bemis–Murcko scaffold split. */
    static Template bbbpScaffoldSplit() {
        return learningChain("bbbp-permeability-scaffold-split", "bbbp", "scaffold", "p_np", "classification");
    }

    /**
     * BACE-1 inhibition on a scaffold split, with CDK's 2D descriptors joined to the D-MPNN's graph vector: the data
     * set where a fingerprint random forest beats a graph network alone.
     */
    static Template baceWithDescriptors() {
        return learningChain("bace-inhibition-cdk-descriptors", "bace", "scaffold", "Class", "classification", LEARNER,
                PREDICTOR, values -> values.with("molecule_features", "cdk_2d"));
    }

    /**
     * A small table carried with the workflow: standardized, with ECFP4, descriptors, scaffolds and the shipped
     * language model's embedding appended.
     */
    static Template moleculeFeatures() {
        return new Template("molecule-features", List.of(
                node(1, READER, 0, values -> values.with("dataset", "file")
                        .with("file", "knime://knime.workflow/data/molecules.csv")),
                node(2, STANDARDIZER, 1, values -> values.with("smiles_column", "smiles")),
                node(3, FINGERPRINTS, 2, values -> values.with("smiles_column", "smiles")),
                node(4, DESCRIPTORS, 3, values -> values.with("smiles_column", "smiles")),
                node(5, SCAFFOLDS, 4, values -> values.with("smiles_column", "smiles")),
                node(6, LM_ENCODER, 5, values -> values.with("smiles_column", "smiles"))),
                List.of(new Connection(1, 1, 2, 1), new Connection(2, 1, 3, 1), new Connection(3, 1, 4, 1),
                        new Connection(4, 1, 5, 1), new Connection(5, 1, 6, 1)));
    }

    /**
     * ESOL predicted by the shipped SMILES language model, fully fine-tuned (the learner's model input left
     * unconnected) for 10 epochs instead of 30 to keep the run short.
     */
    static Template esolLanguageModel() {
        return learningChain("esol-solubility-smiles-lm", "esol", "random", ESOL_LABEL, "regression", LM_LEARNER,
                LM_PREDICTOR, values -> values.with("epochs", 10));
    }

    /**
     * A language model pretrained on the workflow's own molecules (ESOL's, without their labels), then used by the
     * LM Encoder through its model input. 60 steps keep the run short; a useful model needs thousands.
     */
    static Template languageModelPretraining() {
        return new Template("smiles-lm-pretraining", List.of(
                node(1, READER, 0, values -> values.with("dataset", "esol")),
                node(2, STANDARDIZER, 1, values -> values),
                node(3, LM_PRETRAINER, 2, values -> values.with("smiles_column", STANDARDIZED).with("steps", 60)
                        .with("warmup_steps", 10).with("validate_every", 20)),
                node(4, LM_ENCODER, 3, values -> values.with("smiles_column", STANDARDIZED))),
                List.of(new Connection(1, 1, 2, 1), new Connection(2, 1, 3, 1), new Connection(2, 1, 4, 1),
                        new Connection(3, 1, 4, 2)));
    }

    private static Template learningChain(String name, String dataset, String split, String label, String task) {
        return learningChain(name, dataset, split, label, task, LEARNER, PREDICTOR, values -> values);
    }

    /**
     * Reader, standardizer, splitter, learner (training and validation rows), predictor (test rows) and scorer, with
     * the learner's training defaults changed by {@code training}; every node after the standardizer reads the
     * standardized SMILES.
     */
    private static Template learningChain(String name, String dataset, String split, String label, String task,
            String learner, String predictor, UnaryOperator<ParameterValues> training) {
        return new Template(name, List.of(
                node(1, READER, 0, values -> values.with("dataset", dataset)),
                node(2, STANDARDIZER, 1, values -> values),
                node(3, SPLITTER, 2, values -> values.with("method", split).with("seed", 0)
                        .with("smiles_column", STANDARDIZED)),
                node(4, learner, 3, values -> training.apply(values.with("smiles_column", STANDARDIZED)
                        .with("target_columns", List.of(label)).with("task_type", task))),
                node(5, predictor, 4, values -> values.with("smiles_column", STANDARDIZED)),
                node(6, SCORER, 5, values -> values.with("truth_columns", List.of(label)))),
                List.of(new Connection(1, 1, 2, 1), new Connection(2, 1, 3, 1),
                        new Connection(3, 1, 4, 1), new Connection(3, 2, 4, 2),
                        new Connection(4, 1, 5, 1), new Connection(3, 3, 5, 2),
                        new Connection(5, 1, 6, 1)));
    }

    /** A node at the given column of the canvas, with its operator's defaults changed by {@code settings}. */
    private static NodeEntry node(int id, String factory, int column, UnaryOperator<ParameterValues> settings) {
        ParameterValues values = settings.apply(ParameterValues.defaults(OperatorRegistry.create(factory)));
        return new NodeEntry(id, factory, values, 100 + 180 * column, 120);
    }
}
