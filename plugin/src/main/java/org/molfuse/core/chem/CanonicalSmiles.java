package org.molfuse.core.chem;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.GraphUtil;
import org.openscience.cdk.graph.invariant.Canon;
import org.openscience.cdk.graph.invariant.CanonOpts;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import uk.ac.ebi.beam.Functions;
import uk.ac.ebi.beam.Graph;

/**
 * Canonical isomeric SMILES (stereo, isotopes, aromatic symbols) without InChI.
 *
 * <p>CDK 2.11 canonicalises isomeric SMILES ({@code SmiFlavor.Absolute}) through InChI numbering, which needs the
 * native cdk-inchi module (InChI 1.07 is not safe to call from several threads). Instead atoms are ranked with CDK's
 * {@link Canon} (element, connectivity, hydrogens, charge, isotope) and the SMILES is written in that order with the
 * stereo flavours, through the same Beam steps CDK's canonical writer applies (edge sorting, normalised {@code /}
 * {@code \} labels). Canon breaks ties between symmetric atoms by input order, which would make the written parities
 * depend on how the input was spelled when a stereocentre or its neighbours are symmetric (e.g. trans-1,4-
 * disubstituted cyclohexanes, meso forms). Such ties are therefore broken by search: every choice of which symmetric
 * stereo-relevant atom comes first is tried (individualisation and refinement, at most {@value #MAX_CANDIDATES}
 * orderings) and the lexicographically smallest SMILES wins. Not thread-safe: one instance per thread.
 */
final class CanonicalSmiles {

    static final int MAX_CANDIDATES = 64;

    private final SmilesGenerator writer =
            new SmilesGenerator(SmiFlavor.Stereo | SmiFlavor.AtomicMass | SmiFlavor.UseAromaticSymbols);

    String create(IAtomContainer mol) throws CDKException {
        int n = mol.getAtomCount();
        if (n == 0) {
            return "";
        }
        int[][] graph = GraphUtil.toAdjList(mol);
        long[] invariants = Canon.basicInvariants(mol, graph, CanonOpts.AtomicMass);
        int[] smallestRing = smallestRingSizes(graph);
        for (int atom = 0; atom < n; atom++) {
            invariants[atom] = invariants[atom] * 64 + Math.min(smallestRing[atom], 63);
        }
        long[] ranks = refine(graph, denseRanks(invariants));
        boolean[] stereoRelevant = stereoRelevantAtoms(mol);
        List<long[]> leaves = new ArrayList<>();
        search(graph, ranks, stereoRelevant, leaves);
        String best = null;
        for (long[] leaf : leaves) {
            String smiles = write(mol, Canon.label(mol, graph, positive(leaf)));
            if (best == null || smiles.compareTo(best) < 0) {
                best = smiles;
            }
        }
        return best;
    }

    private static void search(int[][] graph, long[] ranks, boolean[] stereoRelevant, List<long[]> leaves) {
        if (leaves.size() >= MAX_CANDIDATES) {
            return;
        }
        long tiedClass = firstTiedStereoClass(ranks, stereoRelevant);
        if (tiedClass < 0) {
            leaves.add(ranks);
            return;
        }
        for (int atom = 0; atom < ranks.length; atom++) {
            if (ranks[atom] != tiedClass) {
                continue;
            }
            long[] individualised = new long[ranks.length];
            for (int other = 0; other < ranks.length; other++) {
                individualised[other] = 2 * ranks[other] + (other == atom ? 0 : 1);
            }
            search(graph, refine(graph, denseRanks(individualised)), stereoRelevant, leaves);
        }
    }

    /**
     * Size of the smallest ring through each atom (0 when acyclic). Colour refinement alone cannot tell some chain
     * atoms from ring atoms (the ether oxygen of bis(2-morpholinoethyl) ether from the morpholine oxygens), and CDK
     * breaks such ties by input order; the ring size makes them distinct from the start.
     */
    static int[] smallestRingSizes(int[][] graph) {
        int[] sizes = new int[graph.length];
        int[] distance = new int[graph.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int atom = 0; atom < graph.length; atom++) {
            for (int first : graph[atom]) {
                // shortest way back from this neighbour to the atom without the direct bond
                Arrays.fill(distance, -1);
                distance[atom] = 0;
                distance[first] = 1;
                queue.clear();
                queue.add(first);
                int cycle = 0;
                while (!queue.isEmpty() && cycle == 0) {
                    int current = queue.poll();
                    for (int next : graph[current]) {
                        if (next == atom && current != first) {
                            cycle = distance[current] + 1;
                            break;
                        }
                        if (distance[next] < 0) {
                            distance[next] = distance[current] + 1;
                            queue.add(next);
                        }
                    }
                }
                if (cycle > 0 && (sizes[atom] == 0 || cycle < sizes[atom])) {
                    sizes[atom] = cycle;
                }
            }
        }
        return sizes;
    }

    /** Canon treats invariant 0 specially, so ranks are shifted to start at 1. */
    private static long[] positive(long[] ranks) {
        long[] shifted = new long[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            shifted[i] = ranks[i] + 1;
        }
        return shifted;
    }

    /** Smallest rank shared by two or more atoms of which at least one is stereo-relevant, or -1. */
    private static long firstTiedStereoClass(long[] ranks, boolean[] stereoRelevant) {
        long best = -1;
        for (int a = 0; a < ranks.length; a++) {
            if (!stereoRelevant[a] || (best >= 0 && ranks[a] >= best)) {
                continue;
            }
            for (int b = 0; b < ranks.length; b++) {
                if (b != a && ranks[b] == ranks[a]) {
                    best = ranks[a];
                    break;
                }
            }
        }
        return best;
    }

    /** Stereo foci and carriers: the atoms whose relative order decides the written parities. */
    private static boolean[] stereoRelevantAtoms(IAtomContainer mol) {
        boolean[] relevant = new boolean[mol.getAtomCount()];
        for (IStereoElement<?, ?> element : mol.stereoElements()) {
            mark(mol, element.getFocus(), relevant);
            for (Object carrier : element.getCarriers()) {
                mark(mol, (IChemObject) carrier, relevant);
            }
        }
        return relevant;
    }

    private static void mark(IAtomContainer mol, IChemObject object, boolean[] relevant) {
        if (object instanceof IAtom atom) {
            int index = mol.indexOf(atom);
            if (index >= 0) {
                relevant[index] = true;
            }
        } else if (object instanceof IBond bond) {
            mark(mol, bond.getBegin(), relevant);
            mark(mol, bond.getEnd(), relevant);
        }
    }

    /** Equitable refinement: split classes by the sorted ranks of neighbours until nothing splits. */
    static long[] refine(int[][] graph, long[] ranks) {
        long[] current = ranks;
        int classes = countClasses(current);
        while (true) {
            long[][] keys = new long[current.length][];
            for (int atom = 0; atom < current.length; atom++) {
                long[] key = new long[graph[atom].length + 1];
                key[0] = current[atom];
                for (int i = 0; i < graph[atom].length; i++) {
                    key[i + 1] = current[graph[atom][i]];
                }
                Arrays.sort(key, 1, key.length);
                keys[atom] = key;
            }
            long[] next = denseRanks(keys);
            int nextClasses = countClasses(next);
            if (nextClasses == classes) {
                return next;
            }
            current = next;
            classes = nextClasses;
        }
    }

    static long[] denseRanks(long[] values) {
        long[][] keys = new long[values.length][];
        for (int i = 0; i < values.length; i++) {
            keys[i] = new long[] {values[i]};
        }
        return denseRanks(keys);
    }

    private static long[] denseRanks(long[][] keys) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<long[]> lexicographic = Arrays::compare;
        Arrays.sort(order, (a, b) -> lexicographic.compare(keys[a], keys[b]));
        long[] ranks = new long[keys.length];
        long rank = 0;
        for (int i = 0; i < order.length; i++) {
            if (i > 0 && lexicographic.compare(keys[order[i - 1]], keys[order[i]]) != 0) {
                rank++;
            }
            ranks[order[i]] = rank;
        }
        return ranks;
    }

    private static int countClasses(long[] ranks) {
        return (int) Arrays.stream(ranks).distinct().count();
    }

    /**
     * Writes the molecule in label order the way CDK's canonical writer does: the plain SMILES is read back as a Beam
     * graph, permuted to the labels, and its edges sorted and cis/trans labels normalised before writing.
     */
    private String write(IAtomContainer mol, long[] labels) throws CDKException {
        int[] outputOrder = new int[mol.getAtomCount()];
        String plain = writer.create(mol, outputOrder);
        int[] permutation = new int[outputOrder.length];
        for (int atom = 0; atom < outputOrder.length; atom++) {
            permutation[outputOrder[atom]] = (int) labels[atom] - 1;
        }
        try {
            Graph graph = Graph.fromSmiles(plain).permute(permutation);
            graph = Functions.normaliseDirectionalLabels(graph.sort(new Graph.VisitHighOrderFirst()));
            return graph.sort(new Graph.VisitHighOrderFirst()).sort(new Graph.VisitHydrogenFirst()).toSmiles();
        } catch (IOException e) {
            throw new CDKException("could not write canonical SMILES: " + e.getMessage(), e);
        }
    }
}
