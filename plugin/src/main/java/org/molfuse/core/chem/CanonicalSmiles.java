package org.molfuse.core.chem;

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

/**
 * Canonical isomeric SMILES (stereo, isotopes, aromatic symbols) without InChI.
 *
 * <p>CDK 2.11 canonicalises isomeric SMILES ({@code SmiFlavor.Absolute}) through InChI numbering, which needs the
 * native cdk-inchi module (InChI 1.07 is not safe to call from several threads). Instead atoms are ranked with CDK's
 * {@link Canon} (element, connectivity, hydrogens, charge, isotope) and the SMILES is written in that order with the
 * stereo flavours. Canon breaks ties between symmetric atoms by input order, which would make the written parities
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
        long[] ranks = refine(graph, denseRanks(Canon.basicInvariants(mol, graph, CanonOpts.AtomicMass)));
        boolean[] stereoRelevant = stereoRelevantAtoms(mol);
        List<long[]> leaves = new ArrayList<>();
        search(graph, ranks, stereoRelevant, leaves);
        String best = null;
        for (long[] leaf : leaves) {
            String smiles = write(mol, Canon.label(mol, graph, leaf));
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

    /** SMILES written from a copy whose atoms and bonds are stored in label order. */
    private String write(IAtomContainer mol, long[] labels) throws CDKException {
        IAtomContainer copy;
        try {
            copy = mol.clone();
        } catch (CloneNotSupportedException e) {
            throw new CDKException("could not copy the molecule: " + e.getMessage(), e);
        }
        IAtom[] atoms = new IAtom[copy.getAtomCount()];
        Integer[] order = new Integer[atoms.length];
        for (int i = 0; i < atoms.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> labels[i]));
        int[] position = new int[atoms.length];
        for (int rank = 0; rank < order.length; rank++) {
            atoms[rank] = copy.getAtom(order[rank]);
            position[order[rank]] = rank;
        }
        IBond[] bonds = new IBond[copy.getBondCount()];
        for (int i = 0; i < bonds.length; i++) {
            bonds[i] = copy.getBond(i);
        }
        Arrays.sort(bonds, Comparator
                .comparingInt((IBond b) -> Math.min(position[b.getBegin().getIndex()], position[b.getEnd().getIndex()]))
                .thenComparingInt(b -> Math.max(position[b.getBegin().getIndex()], position[b.getEnd().getIndex()])));
        copy.setAtoms(atoms);
        copy.setBonds(bonds);
        return writer.create(copy);
    }
}
