package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Objects;
import org.molfuse.core.chem.MoleculeGraph;

/**
 * Several molecule graphs joined into one disjoint graph, with every index and constant aggregation matrix the layers
 * need, built once per batch on the Java side.
 *
 * <p>Atoms and edges keep their order; graph g's atoms and edges are shifted by the atoms and edges of the graphs
 * before it, so the reverse of edge e is still {@code e ^ 1}. {@link #toNDList(NDManager)} returns, in this order
 * (N atoms, E directed edges, B graphs, M = largest atom count, D = largest in-degree but at least 1):
 * <ol start="0">
 *   <li>{@link #ATOM_FEATURES} float32 [N, F] atom features (layers read this slot as the current atom states)</li>
 *   <li>{@link #BOND_FEATURES} float32 [E, Fb] bond features per directed edge</li>
 *   <li>{@link #EDGE_SOURCES} int64 [E] source atom of each edge</li>
 *   <li>{@link #EDGE_TARGETS} int64 [E] target atom of each edge</li>
 *   <li>{@link #REVERSE_EDGES} int64 [E] index of the opposite edge of the same bond</li>
 *   <li>{@link #ATOM_GRAPH} int64 [N] graph of each atom (PyTorch Geometric's {@code batch})</li>
 *   <li>{@link #IN_DEGREE} float32 [N] number of edges entering each atom</li>
 *   <li>{@link #EDGE_TO_TARGET} sparse COO float32 [N, E]: 1 at (target(e), e); {@code matMul(messages)} sums the
 *       messages entering each atom, the scatter-add DJL lacks</li>
 *   <li>{@link #EDGE_TO_TARGET_MEAN} sparse COO float32 [N, E]: 1 / in-degree at (target(e), e)</li>
 *   <li>{@link #ATOM_TO_GRAPH} sparse COO float32 [B, N]: 1 at (graph(v), v), sums atoms per graph</li>
 *   <li>{@link #ATOM_TO_GRAPH_MEAN} sparse COO float32 [B, N]: 1 / atom count at (graph(v), v)</li>
 *   <li>{@link #PADDED_ATOMS} int64 [B, M]: atom index of each graph's i-th atom; padding points at atom 0</li>
 *   <li>{@link #PADDED_ATOM_LOG_MASK} float32 [B, M]: 0 for real atoms, -inf for padding (added before max or
 *       softmax)</li>
 *   <li>{@link #INCOMING_EDGES} int64 [N, D]: edges entering each atom in edge order; padding points at edge 0</li>
 *   <li>{@link #INCOMING_EDGE_LOG_MASK} float32 [N, D]: 0 for real edges, -inf for padding</li>
 * </ol>
 * The sparse matrices are constants (DJL detaches sparse values), so learned weights must act on the dense messages.
 * They are built by {@link SparseCoo}, not {@code NDManager.createCoo}, whose memory the garbage collector frees.
 */
public final class GraphBatch {

    public static final int ATOM_FEATURES = 0;
    public static final int BOND_FEATURES = 1;
    public static final int EDGE_SOURCES = 2;
    public static final int EDGE_TARGETS = 3;
    public static final int REVERSE_EDGES = 4;
    public static final int ATOM_GRAPH = 5;
    public static final int IN_DEGREE = 6;
    public static final int EDGE_TO_TARGET = 7;
    public static final int EDGE_TO_TARGET_MEAN = 8;
    public static final int ATOM_TO_GRAPH = 9;
    public static final int ATOM_TO_GRAPH_MEAN = 10;
    public static final int PADDED_ATOMS = 11;
    public static final int PADDED_ATOM_LOG_MASK = 12;
    public static final int INCOMING_EDGES = 13;
    public static final int INCOMING_EDGE_LOG_MASK = 14;
    /** Number of arrays in {@link #toNDList(NDManager)}. */
    public static final int SIZE = 15;

    private final int atomFeatureSize;
    private final int bondFeatureSize;
    private final float[] atomFeatures;
    private final float[] bondFeatures;
    private final int[] edgeSources;
    private final int[] edgeTargets;
    private final int[] reverseEdges;
    private final int[] atomGraph;
    private final int[] atomCounts;
    private final int[] atomOffsets;
    private final int[] inDegree;
    private final int maxAtoms;
    private final int[][] incomingEdges;

    private GraphBatch(List<MoleculeGraph> graphs) {
        MoleculeGraph first = graphs.get(0);
        atomFeatureSize = first.atomFeatureSize();
        bondFeatureSize = first.bondFeatureSize();
        int totalAtoms = 0;
        int totalEdges = 0;
        for (MoleculeGraph graph : graphs) {
            totalAtoms += graph.numAtoms();
            totalEdges += graph.numEdges();
        }
        atomFeatures = new float[totalAtoms * atomFeatureSize];
        bondFeatures = new float[totalEdges * bondFeatureSize];
        edgeSources = new int[totalEdges];
        edgeTargets = new int[totalEdges];
        reverseEdges = new int[totalEdges];
        atomGraph = new int[totalAtoms];
        atomCounts = new int[graphs.size()];
        atomOffsets = new int[graphs.size()];
        inDegree = new int[totalAtoms];
        int atomOffset = 0;
        int edgeOffset = 0;
        int largest = 0;
        for (int g = 0; g < graphs.size(); g++) {
            MoleculeGraph graph = graphs.get(g);
            atomCounts[g] = graph.numAtoms();
            atomOffsets[g] = atomOffset;
            largest = Math.max(largest, graph.numAtoms());
            System.arraycopy(graph.atomFeatures(), 0, atomFeatures, atomOffset * atomFeatureSize,
                    graph.atomFeatures().length);
            System.arraycopy(graph.bondFeatures(), 0, bondFeatures, edgeOffset * bondFeatureSize,
                    graph.bondFeatures().length);
            for (int v = 0; v < graph.numAtoms(); v++) {
                atomGraph[atomOffset + v] = g;
            }
            for (int e = 0; e < graph.numEdges(); e++) {
                edgeSources[edgeOffset + e] = atomOffset + graph.edgeSources()[e];
                edgeTargets[edgeOffset + e] = atomOffset + graph.edgeTargets()[e];
                reverseEdges[edgeOffset + e] = edgeOffset + MoleculeGraph.reverseEdge(e);
                inDegree[atomOffset + graph.edgeTargets()[e]]++;
            }
            atomOffset += graph.numAtoms();
            edgeOffset += graph.numEdges();
        }
        maxAtoms = largest;
        incomingEdges = new int[totalAtoms][];
        for (int v = 0; v < totalAtoms; v++) {
            incomingEdges[v] = new int[inDegree[v]];
        }
        int[] filled = new int[totalAtoms];
        for (int e = 0; e < totalEdges; e++) {
            int target = edgeTargets[e];
            incomingEdges[target][filled[target]++] = e;
        }
    }

    /**
     * Joins the graphs in the given order. Every graph must have at least one atom (leave invalid molecules out),
     * the same feature sizes as the first, edge ends inside the graph and edges in reverse pairs.
     */
    public static GraphBatch of(List<MoleculeGraph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("a graph batch needs at least one graph");
        }
        for (int g = 0; g < graphs.size(); g++) {
            validate(g, graphs.get(g), graphs.get(0));
        }
        return new GraphBatch(graphs);
    }

    private static void validate(int index, MoleculeGraph graph, MoleculeGraph first) {
        if (graph == null) {
            throw new IllegalArgumentException("graph " + index + " of the batch is null");
        }
        if (graph.numAtoms() <= 0) {
            throw new IllegalArgumentException("graph " + index + " of the batch has no atoms (an invalid or empty "
                    + "molecule?); leave such rows out of the batch");
        }
        if (graph.atomFeatureSize() != first.atomFeatureSize() || graph.bondFeatureSize() != first.bondFeatureSize()) {
            throw new IllegalArgumentException("graph " + index + " has " + graph.atomFeatureSize() + " atom and "
                    + graph.bondFeatureSize() + " bond features, but graph 0 has " + first.atomFeatureSize() + " and "
                    + first.bondFeatureSize() + ": all graphs of a batch need the same featurizer");
        }
        for (int e = 0; e < graph.numEdges(); e++) {
            int source = graph.edgeSources()[e];
            int target = graph.edgeTargets()[e];
            if (source < 0 || source >= graph.numAtoms() || target < 0 || target >= graph.numAtoms()) {
                throw new IllegalArgumentException("graph " + index + ", edge " + e + " joins atoms " + source + " and "
                        + target + " outside 0.." + (graph.numAtoms() - 1));
            }
            int reverse = MoleculeGraph.reverseEdge(e);
            if (graph.edgeSources()[reverse] != target || graph.edgeTargets()[reverse] != source) {
                throw new IllegalArgumentException("graph " + index + ", edges " + e + " and " + reverse
                        + " are not the two directions of one bond");
            }
        }
    }

    /**
     * Creates the arrays in the order documented on the class, in the given manager (use one per batch and close it
     * afterwards).
     */
    public NDList toNDList(NDManager manager) {
        int n = numAtoms();
        int e = numEdges();
        int b = numGraphs();
        int d = incomingWidth();
        NDList list = new NDList(SIZE);
        list.add(named(manager.create(atomFeatures, new Shape(n, atomFeatureSize)), "atom_features"));
        list.add(named(manager.create(bondFeatures, new Shape(e, bondFeatureSize)), "bond_features"));
        list.add(named(manager.create(toLongs(edgeSources), new Shape(e)), "edge_sources"));
        list.add(named(manager.create(toLongs(edgeTargets), new Shape(e)), "edge_targets"));
        list.add(named(manager.create(toLongs(reverseEdges), new Shape(e)), "reverse_edges"));
        list.add(named(manager.create(toLongs(atomGraph), new Shape(n)), "atom_graph"));
        float[] degrees = new float[n];
        for (int v = 0; v < n; v++) {
            degrees[v] = inDegree[v];
        }
        list.add(named(manager.create(degrees, new Shape(n)), "in_degree"));

        long[] edgeIds = new long[e];
        float[] ones = new float[e];
        float[] inverseDegree = new float[e];
        for (int k = 0; k < e; k++) {
            edgeIds[k] = k;
            ones[k] = 1f;
            inverseDegree[k] = 1f / inDegree[edgeTargets[k]];
        }
        long[] targets = toLongs(edgeTargets);
        list.add(named(coo(manager, ones, targets, edgeIds, new Shape(n, e)), "edge_to_target"));
        list.add(named(coo(manager, inverseDegree, targets, edgeIds, new Shape(n, e)), "edge_to_target_mean"));

        long[] atomIds = new long[n];
        float[] atomOnes = new float[n];
        float[] inverseCount = new float[n];
        for (int v = 0; v < n; v++) {
            atomIds[v] = v;
            atomOnes[v] = 1f;
            inverseCount[v] = 1f / atomCounts[atomGraph[v]];
        }
        long[] graphsOfAtoms = toLongs(atomGraph);
        list.add(named(coo(manager, atomOnes, graphsOfAtoms, atomIds, new Shape(b, n)), "atom_to_graph"));
        list.add(named(coo(manager, inverseCount, graphsOfAtoms, atomIds, new Shape(b, n)), "atom_to_graph_mean"));

        long[] padded = new long[b * maxAtoms];
        float[] paddedMask = new float[b * maxAtoms];
        for (int g = 0; g < b; g++) {
            for (int i = 0; i < maxAtoms; i++) {
                boolean real = i < atomCounts[g];
                padded[g * maxAtoms + i] = real ? atomOffsets[g] + i : 0;
                paddedMask[g * maxAtoms + i] = real ? 0f : Float.NEGATIVE_INFINITY;
            }
        }
        list.add(named(manager.create(padded, new Shape(b, maxAtoms)), "padded_atoms"));
        list.add(named(manager.create(paddedMask, new Shape(b, maxAtoms)), "padded_atom_log_mask"));

        long[] incoming = new long[n * d];
        float[] incomingMask = new float[n * d];
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < d; i++) {
                boolean real = i < incomingEdges[v].length;
                incoming[v * d + i] = real ? incomingEdges[v][i] : 0;
                incomingMask[v * d + i] = real ? 0f : Float.NEGATIVE_INFINITY;
            }
        }
        list.add(named(manager.create(incoming, new Shape(n, d)), "incoming_edges"));
        list.add(named(manager.create(incomingMask, new Shape(n, d)), "incoming_edge_log_mask"));
        return list;
    }

    /** Shapes of {@link #toNDList(NDManager)}, e.g. to initialize a block without creating arrays. */
    public Shape[] shapes() {
        int n = numAtoms();
        int e = numEdges();
        int b = numGraphs();
        int d = incomingWidth();
        return new Shape[] {
            new Shape(n, atomFeatureSize), new Shape(e, bondFeatureSize), new Shape(e), new Shape(e), new Shape(e),
            new Shape(n), new Shape(n), new Shape(n, e), new Shape(n, e), new Shape(b, n), new Shape(b, n),
            new Shape(b, maxAtoms), new Shape(b, maxAtoms), new Shape(n, d), new Shape(n, d)
        };
    }

    /** Data types of {@link #toNDList(NDManager)}, in the same order. */
    public static DataType[] dataTypes() {
        DataType f = DataType.FLOAT32;
        DataType i = DataType.INT64;
        return new DataType[] {f, f, i, i, i, i, f, f, f, f, f, i, f, i, f};
    }

    public int numGraphs() {
        return atomCounts.length;
    }

    public int numAtoms() {
        return atomGraph.length;
    }

    public int numEdges() {
        return edgeSources.length;
    }

    public int atomFeatureSize() {
        return atomFeatureSize;
    }

    public int bondFeatureSize() {
        return bondFeatureSize;
    }

    /** Largest atom count of one graph: the padded layout's width M. */
    public int maxAtoms() {
        return maxAtoms;
    }

    public float[] atomFeatures() {
        return atomFeatures.clone();
    }

    public float[] bondFeatures() {
        return bondFeatures.clone();
    }

    public int[] edgeSources() {
        return edgeSources.clone();
    }

    public int[] edgeTargets() {
        return edgeTargets.clone();
    }

    public int[] reverseEdges() {
        return reverseEdges.clone();
    }

    /** Graph index of every atom. */
    public int[] atomGraph() {
        return atomGraph.clone();
    }

    public int[] atomCounts() {
        return atomCounts.clone();
    }

    /** Index of each graph's first atom in the batch. */
    public int[] atomOffsets() {
        return atomOffsets.clone();
    }

    public int[] inDegree() {
        return inDegree.clone();
    }

    private int incomingWidth() {
        int widest = 1;
        for (int degree : inDegree) {
            widest = Math.max(widest, degree);
        }
        return widest;
    }

    private static NDArray coo(NDManager manager, float[] values, long[] rows, long[] columns, Shape shape) {
        return SparseCoo.create(manager, values, rows, columns, shape);
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    private static long[] toLongs(int[] values) {
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = values[i];
        }
        return longs;
    }
}
