package org.molfuse.core.ops;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.molfuse.core.chem.BatchFeaturizer;
import org.molfuse.core.chem.GraphFeaturizer;
import org.molfuse.core.chem.MoleculeGraph;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.RowResult;
import org.molfuse.core.chem.StandardizedMolecule;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.nn.GraphBatch;
import org.molfuse.core.train.BatchSource;

/** Featurized molecules of a table and the batch source that feeds them to a graph model. */
public final class MoleculeGraphs {

    /** One molecule to learn from or predict: its table row, graph and labels (NaN = missing). */
    record Example(int row, MoleculeGraph graph, float[] labels) {
    }

    /** Graphs of every row; a null graph carries its reason in {@code reasons}. */
    public record Featurized(MoleculeGraph[] graphs, String[] reasons) {
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
            return GraphBatch.of(graphs).toNDList(manager);
        }

        @Override
        public float[][] labels(List<Example> examples) {
            return BatchSource.labelRows(examples, Example::labels);
        }
    };

    private MoleculeGraphs() {
    }

    /** Standardizes and featurizes every row on all cores; invalid SMILES keep their row with a reason. */
    public static Featurized featurize(StringColumn smiles, MoleculeStandardizer standardizer,
            GraphFeaturizer featurizer) {
        return featurize(smiles, standardizer, featurizer, fraction -> { }, () -> false);
    }

    /** Like {@link #featurize(StringColumn, MoleculeStandardizer, GraphFeaturizer)}, with progress and cancellation. */
    public static Featurized featurize(StringColumn smiles, MoleculeStandardizer standardizer,
            GraphFeaturizer featurizer, DoubleConsumer progress, BooleanSupplier cancelled) {
        // a missing cell is a null input, which the standardizer reports as empty
        List<String> inputs = smiles.toList();
        List<RowResult<Object>> results = new BatchFeaturizer().map(inputs, text -> {
            StandardizedMolecule molecule = standardizer.standardize(text);
            return molecule.isValid() ? featurizer.featurize(molecule.molecule()) : molecule.message();
        }, progress, cancelled);
        MoleculeGraph[] graphs = new MoleculeGraph[inputs.size()];
        String[] reasons = new String[inputs.size()];
        for (int row = 0; row < graphs.length; row++) {
            Object value = results.get(row).value();
            if (value instanceof MoleculeGraph graph) {
                graphs[row] = graph;
            } else {
                reasons[row] = value != null ? (String) value : results.get(row).error();
            }
        }
        return new Featurized(graphs, reasons);
    }
}
