package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.molfuse.core.chem.GraphFeaturizer;
import org.molfuse.core.chem.MoleculeGraph;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizedMolecule;

/** Graphs and helpers shared by the nn tests. */
final class NnFixtures {

    private static final MoleculeStandardizer STANDARDIZER = new MoleculeStandardizer();
    private static final GraphFeaturizer FEATURIZER = GraphFeaturizer.chemprop();

    private NnFixtures() {
    }

    /**
     * The hand-checked path A-B-C: atom features A = (1, 0), B = (0, 1), C = (1, 1); bond A-B is edges 0 (A->B) and
     * 1 (B->A) with bond feature 1, bond B-C is edges 2 (B->C) and 3 (C->B) with bond feature 2.
     */
    static MoleculeGraph path() {
        return new MoleculeGraph(3, 2, new float[] {1, 0, 0, 1, 1, 1}, new int[] {0, 1, 1, 2},
                new int[] {1, 0, 2, 1}, 1, new float[] {1, 1, 2, 2});
    }

    /** One atom D = (2, -1) without bonds, in the path's feature sizes. */
    static MoleculeGraph lonelyAtom() {
        return new MoleculeGraph(1, 2, new float[] {2, -1}, new int[0], new int[0], 1, new float[0]);
    }

    /** Chemprop features of a valid SMILES. */
    static MoleculeGraph molecule(String smiles) {
        StandardizedMolecule standardized = STANDARDIZER.standardize(smiles);
        assertTrue(standardized.isValid(), standardized.message());
        return FEATURIZER.featurize(standardized.molecule());
    }

    static List<MoleculeGraph> molecules(String... smiles) {
        List<MoleculeGraph> graphs = new ArrayList<>();
        for (String s : smiles) {
            graphs.add(molecule(s));
        }
        return graphs;
    }

    /** Overwrites a parameter (after initialize) with row-major values. */
    static void set(Block block, String name, float... values) {
        Parameter parameter = block.getParameters().get(name);
        if (parameter == null) {
            throw new IllegalArgumentException("no parameter " + name + " in " + block.getParameters().keys());
        }
        assertEquals(parameter.getArray().size(), values.length, name + " size");
        parameter.getArray().set(values);
    }

    static void initialize(Block block, NDManager manager, GraphBatch batch) {
        block.initialize(manager, DataType.FLOAT32, batch.shapes());
    }

    /** Inference forward pass on the batch; the result lives in {@code manager}. */
    static NDArray forward(Block block, NDManager manager, GraphBatch batch) {
        return forward(block, manager, batch.toNDList(manager));
    }

    static NDArray forward(Block block, NDManager manager, NDList inputs) {
        return block.forward(new ParameterStore(manager, false), inputs, false).singletonOrThrow();
    }

    static void assertRows(float[][] expected, NDArray actual, float tolerance) {
        assertEquals(expected.length, actual.getShape().get(0), "rows of " + actual.getShape());
        float[] values = actual.toFloatArray();
        int width = (int) actual.getShape().get(1);
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, width, "width");
            for (int c = 0; c < width; c++) {
                assertEquals(expected[r][c], values[r * width + c], tolerance, "row " + r + ", column " + c);
            }
        }
    }
}
