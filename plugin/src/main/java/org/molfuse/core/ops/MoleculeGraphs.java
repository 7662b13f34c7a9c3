package org.molfuse.core.ops;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.molfuse.core.chem.BatchFeaturizer;
import org.molfuse.core.chem.GraphFeaturizer;
import org.molfuse.core.chem.MoleculeFeatures;
import org.molfuse.core.chem.MoleculeGraph;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.RowResult;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.nn.GraphBatch;
import org.molfuse.core.train.BatchSource;
import org.molfuse.core.train.TargetScaler;
import org.molfuse.core.train.TaskKind;

/** Featurized molecules of a table and the batch source that feeds them to a graph model. */
public final class MoleculeGraphs {

    /**
     * One molecule to learn from or predict: its table row, graph, scaled whole-molecule features (empty without
     * them) and labels (NaN = missing).
     */
    record Example(int row, MoleculeGraph graph, float[] moleculeFeatures, float[] labels) {
    }

    /**
     * Graphs and unscaled whole-molecule features of every row; a null graph carries its reason in {@code reasons}.
     * Molecule features are empty arrays when the spec asks for none, and may hold NaN where CDK cannot compute a
     * descriptor.
     */
    public record Featurized(MoleculeGraph[] graphs, float[][] moleculeFeatures, String[] reasons) {
        public int invalidCount() {
            int invalid = 0;
            for (MoleculeGraph graph : graphs) {
                if (graph == null) {
                    invalid++;
                }
            }
            return invalid;
        }
    }

    static final BatchSource<Example> SOURCE = new BatchSource<>() {
        @Override
        public NDList inputs(List<Example> examples, NDManager manager) {
            List<MoleculeGraph> graphs = new ArrayList<>(examples.size());
            examples.forEach(example -> graphs.add(example.graph()));
            NDList inputs = GraphBatch.of(graphs).toNDList(manager);
            int width = examples.get(0).moleculeFeatures().length;
            if (width > 0) {
                float[] joined = new float[examples.size() * width];
                for (int i = 0; i < examples.size(); i++) {
                    System.arraycopy(examples.get(i).moleculeFeatures(), 0, joined, i * width, width);
                }
                NDArray features = manager.create(joined, new Shape(examples.size(), width));
                features.setName("molecule_features");
                inputs.add(features);
            }
            return inputs;
        }

        @Override
        public float[][] labels(List<Example> examples) {
            return BatchSource.labelRows(examples, Example::labels);
        }
    };

    private MoleculeGraphs() {
    }

    private record Molecule(MoleculeGraph graph, float[] features) {
    }

    /** Standardizes and featurizes every row on all cores; invalid SMILES keep their row with a reason. */
    public static Featurized featurize(StringColumn smiles, GraphFeaturizerSpec spec) {
        return featurize(smiles, spec, fraction -> { }, () -> false);
    }

    /** Like {@link #featurize(StringColumn, GraphFeaturizerSpec)}, with progress and cancellation. */
    public static Featurized featurize(StringColumn smiles, GraphFeaturizerSpec spec, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        MoleculeStandardizer standardizer = spec.newStandardizer();
        GraphFeaturizer featurizer = spec.featurizer();
        // a missing cell is a null input, which the standardizer reports as empty
        List<String> inputs = smiles.toList();
        List<RowResult<Object>> results = new BatchFeaturizer().map(inputs, text -> {
            StandardizedMolecule molecule = standardizer.standardize(text);
            if (!molecule.isValid()) {
                return molecule.message();
            }
            return new Molecule(featurizer.featurize(molecule.molecule()),
                    MoleculeFeatures.concatenated(spec.moleculeFeatures(), molecule.molecule()));
        }, progress, cancelled);
        MoleculeGraph[] graphs = new MoleculeGraph[inputs.size()];
        float[][] features = new float[inputs.size()][];
        String[] reasons = new String[inputs.size()];
        for (int row = 0; row < graphs.length; row++) {
            Object value = results.get(row).value();
            if (value instanceof Molecule molecule) {
                graphs[row] = molecule.graph();
                features[row] = molecule.features();
            } else {
                reasons[row] = value != null ? (String) value : results.get(row).error();
            }
        }
        return new Featurized(graphs, features, reasons);
    }

    /**
     * The examples of the given rows that have a graph, with their molecule features standardized by
     * {@code scaler} (null: without molecule features). A feature CDK could not compute becomes 0, the training
     * mean, as chemprop imputes it.
     */
    static List<Example> examples(int[] rows, Featurized featurized, TargetScaler scaler, float[][] labels) {
        List<Example> examples = new ArrayList<>(rows.length);
        for (int row : rows) {
            if (featurized.graphs()[row] == null) {
                continue;
            }
            float[] features = new float[0];
            if (scaler != null) {
                features = scaler.transform(new float[][] {featurized.moleculeFeatures()[row]})[0];
                for (int i = 0; i < features.length; i++) {
                    if (Float.isNaN(features[i])) {
                        features[i] = 0f;
                    }
                }
            }
            examples.add(new Example(row, featurized.graphs()[row], features, labels[row]));
        }
        return examples;
    }

    /** Standardization of the molecule features of the given rows (NaN ignored), or null without features. */
    static TargetScaler fitMoleculeFeatureScaler(int[] rows, Featurized featurized, int width) {
        if (width == 0) {
            return null;
        }
        List<float[]> training = new ArrayList<>(rows.length);
        for (int row : rows) {
            if (featurized.graphs()[row] != null) {
                training.add(featurized.moleculeFeatures()[row]);
            }
        }
        return TargetScaler.fit(training.toArray(new float[0][]), Collections.nCopies(width, TaskKind.REGRESSION));
    }
}
