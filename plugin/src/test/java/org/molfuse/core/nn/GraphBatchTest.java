package org.molfuse.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.molfuse.core.nn.NnFixtures.lonelyAtom;
import static org.molfuse.core.nn.NnFixtures.path;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.SparseFormat;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.molfuse.core.chem.MoleculeGraph;

class GraphBatchTest {

    private static final float NEG_INF = Float.NEGATIVE_INFINITY;

    /** path (atoms 0-2, edges 0-3), lonely atom (atom 3), path again (atoms 4-6, edges 4-7). */
    private static GraphBatch handBatch() {
        return GraphBatch.of(List.of(path(), lonelyAtom(), path()));
    }

    @Test
    void offsetsAtomsAndEdgesPerGraph() {
        GraphBatch batch = handBatch();
        assertEquals(3, batch.numGraphs());
        assertEquals(7, batch.numAtoms());
        assertEquals(8, batch.numEdges());
        assertEquals(3, batch.maxAtoms());
        assertArrayEquals(new int[] {3, 1, 3}, batch.atomCounts());
        assertArrayEquals(new int[] {0, 3, 4}, batch.atomOffsets());
        assertArrayEquals(new int[] {0, 0, 0, 1, 2, 2, 2}, batch.atomGraph());
        assertArrayEquals(new int[] {0, 1, 1, 2, 4, 5, 5, 6}, batch.edgeSources());
        assertArrayEquals(new int[] {1, 0, 2, 1, 5, 4, 6, 5}, batch.edgeTargets());
        assertArrayEquals(new int[] {1, 0, 3, 2, 5, 4, 7, 6}, batch.reverseEdges());
        assertArrayEquals(new int[] {1, 2, 1, 0, 1, 2, 1}, batch.inDegree());
        assertArrayEquals(new float[] {1, 0, 0, 1, 1, 1, 2, -1, 1, 0, 0, 1, 1, 1}, batch.atomFeatures());
        assertArrayEquals(new float[] {1, 1, 2, 2, 1, 1, 2, 2}, batch.bondFeatures());
    }

    @Test
    void ndListHoldsTheDocumentedArraysInOrder() {
        GraphBatch batch = handBatch();
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList list = batch.toNDList(manager);
            assertEquals(GraphBatch.SIZE, list.size());
            assertArrayEquals(batch.shapes(), list.getShapes());
            for (int i = 0; i < list.size(); i++) {
                assertEquals(GraphBatch.dataTypes()[i], list.get(i).getDataType(), "slot " + i);
            }
            assertArrayEquals(new long[] {0, 1, 1, 2, 4, 5, 5, 6}, list.get(GraphBatch.EDGE_SOURCES).toLongArray());
            assertArrayEquals(new long[] {1, 0, 3, 2, 5, 4, 7, 6}, list.get(GraphBatch.REVERSE_EDGES).toLongArray());
            assertArrayEquals(new long[] {0, 0, 0, 1, 2, 2, 2}, list.get(GraphBatch.ATOM_GRAPH).toLongArray());
            assertArrayEquals(new float[] {1, 2, 1, 0, 1, 2, 1}, list.get(GraphBatch.IN_DEGREE).toFloatArray());

            assertEquals(SparseFormat.COO, list.get(GraphBatch.EDGE_TO_TARGET).getSparseFormat());
            // rows = atoms, columns = edges: edge e has a 1 in row target(e)
            float[] incidence = new float[7 * 8];
            int[] targets = {1, 0, 2, 1, 5, 4, 6, 5};
            for (int e = 0; e < 8; e++) {
                incidence[targets[e] * 8 + e] = 1f;
            }
            assertArrayEquals(incidence, list.get(GraphBatch.EDGE_TO_TARGET).toDense().toFloatArray());
            // atoms 1 and 5 have two incoming edges, so their entries are 1/2
            float[] meanIncidence = incidence.clone();
            for (int e : new int[] {0, 3, 4, 7}) {
                meanIncidence[targets[e] * 8 + e] = 0.5f;
            }
            assertArrayEquals(meanIncidence, list.get(GraphBatch.EDGE_TO_TARGET_MEAN).toDense().toFloatArray());

            float t = 1f / 3f;
            assertArrayEquals(new float[] {
                1, 1, 1, 0, 0, 0, 0,
                0, 0, 0, 1, 0, 0, 0,
                0, 0, 0, 0, 1, 1, 1}, list.get(GraphBatch.ATOM_TO_GRAPH).toDense().toFloatArray());
            assertArrayEquals(new float[] {
                t, t, t, 0, 0, 0, 0,
                0, 0, 0, 1, 0, 0, 0,
                0, 0, 0, 0, t, t, t}, list.get(GraphBatch.ATOM_TO_GRAPH_MEAN).toDense().toFloatArray(), 1e-7f);

            assertArrayEquals(new long[] {0, 1, 2, 3, 0, 0, 4, 5, 6}, list.get(GraphBatch.PADDED_ATOMS).toLongArray());
            assertArrayEquals(new float[] {0, 0, 0, 0, NEG_INF, NEG_INF, 0, 0, 0},
                    list.get(GraphBatch.PADDED_ATOM_LOG_MASK).toFloatArray());
            // widest in-degree is 2; atom 3 has no incoming edge
            assertArrayEquals(new long[] {1, 0, 0, 3, 2, 0, 0, 0, 5, 0, 4, 7, 6, 0},
                    list.get(GraphBatch.INCOMING_EDGES).toLongArray());
            assertArrayEquals(new float[] {0, NEG_INF, 0, 0, 0, NEG_INF, NEG_INF, NEG_INF, 0, NEG_INF, 0, 0, 0,
                NEG_INF}, list.get(GraphBatch.INCOMING_EDGE_LOG_MASK).toFloatArray());
        }
    }

    @Test
    void realMoleculesOfDifferentSizesKeepTheirOwnFeaturesAndBonds() {
        List<MoleculeGraph> graphs = NnFixtures.molecules("CCO", "C", "c1ccccc1");
        GraphBatch batch = GraphBatch.of(graphs);
        assertArrayEquals(new int[] {3, 1, 6}, batch.atomCounts());
        assertEquals(4 + 0 + 12, batch.numEdges());
        int atomSize = graphs.get(0).atomFeatureSize();
        int bondSize = graphs.get(0).bondFeatureSize();
        int atomOffset = 0;
        int edgeOffset = 0;
        for (MoleculeGraph graph : graphs) {
            float[] atoms = Arrays.copyOfRange(batch.atomFeatures(), atomOffset * atomSize,
                    (atomOffset + graph.numAtoms()) * atomSize);
            assertArrayEquals(graph.atomFeatures(), atoms);
            float[] bonds = Arrays.copyOfRange(batch.bondFeatures(), edgeOffset * bondSize,
                    (edgeOffset + graph.numEdges()) * bondSize);
            assertArrayEquals(graph.bondFeatures(), bonds);
            for (int e = 0; e < graph.numEdges(); e++) {
                assertEquals(atomOffset + graph.edgeSources()[e], batch.edgeSources()[edgeOffset + e]);
                assertEquals(atomOffset + graph.edgeTargets()[e], batch.edgeTargets()[edgeOffset + e]);
                assertEquals(edgeOffset + (e ^ 1), batch.reverseEdges()[edgeOffset + e]);
            }
            atomOffset += graph.numAtoms();
            edgeOffset += graph.numEdges();
        }
    }

    @Test
    void aBatchOfOnlyBondlessAtomsStillBuildsEveryArray() {
        GraphBatch batch = GraphBatch.of(NnFixtures.molecules("C", "[Na+]"));
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList list = batch.toNDList(manager);
            assertArrayEquals(batch.shapes(), list.getShapes());
            assertEquals(0, batch.numEdges());
        }
    }

    @Test
    void rejectsGraphsWithoutAtomsNamingTheirPosition() {
        MoleculeGraph empty = new MoleculeGraph(0, 2, new float[0], new int[0], new int[0], 1, new float[0]);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GraphBatch.of(List.of(path(), empty)));
        assertTrue(error.getMessage().contains("graph 1") && error.getMessage().contains("no atoms"),
                error.getMessage());
    }

    @Test
    void rejectsEmptyBatchesMixedFeaturizersAndBrokenEdgePairs() {
        assertThrows(IllegalArgumentException.class, () -> GraphBatch.of(List.of()));
        MoleculeGraph wider = new MoleculeGraph(1, 3, new float[3], new int[0], new int[0], 1, new float[0]);
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> GraphBatch.of(List.of(path(), wider)));
        assertTrue(mixed.getMessage().contains("graph 1"), mixed.getMessage());
        // edge 1 should run 1 -> 0 but runs 1 -> 2
        MoleculeGraph broken = new MoleculeGraph(3, 2, new float[6], new int[] {0, 1}, new int[] {1, 2}, 1,
                new float[2]);
        IllegalArgumentException pair = assertThrows(IllegalArgumentException.class,
                () -> GraphBatch.of(List.of(broken)));
        assertTrue(pair.getMessage().contains("edges 0 and 1"), pair.getMessage());
    }
}
