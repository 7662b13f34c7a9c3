package org.molfuse.core.chem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.GraphUtil;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/** Keeps the connected component with the most heavy atoms; ties go to the smallest canonical SMILES. */
final class LargestFragment {

    private LargestFragment() {
    }

    /** Returns {@code mol} itself when it is connected, otherwise a copy of the winning fragment in input atom order. */
    static IAtomContainer keep(IAtomContainer mol, CanonicalSmiles writer) throws CDKException {
        int[] component = components(GraphUtil.toAdjList(mol));
        int count = Arrays.stream(component).max().orElse(-1) + 1;
        if (count <= 1) {
            return mol;
        }
        int[] heavy = new int[count];
        for (int atom = 0; atom < component.length; atom++) {
            Integer z = mol.getAtom(atom).getAtomicNumber();
            if (z != null && z > 1) {
                heavy[component[atom]]++;
            }
        }
        int most = Arrays.stream(heavy).max().orElse(0);
        IAtomContainer best = null;
        String bestSmiles = null;
        for (int c = 0; c < count; c++) {
            if (heavy[c] != most) {
                continue;
            }
            IAtomContainer fragment = extract(mol, component, c);
            if (best == null) {
                best = fragment;
                continue;
            }
            // only ties pay for SMILES generation
            if (bestSmiles == null) {
                bestSmiles = writer.create(best);
            }
            String smiles = writer.create(fragment);
            if (smiles.compareTo(bestSmiles) < 0) {
                best = fragment;
                bestSmiles = smiles;
            }
        }
        return best;
    }

    private static IAtomContainer extract(IAtomContainer mol, int[] component, int c) throws CDKException {
        List<Integer> atoms = new ArrayList<>();
        for (int atom = 0; atom < component.length; atom++) {
            if (component[atom] == c) {
                atoms.add(atom);
            }
        }
        try {
            return AtomContainerManipulator.extractSubstructure(mol, atoms.stream().mapToInt(Integer::intValue).toArray());
        } catch (CloneNotSupportedException e) {
            throw new CDKException("could not copy a fragment: " + e.getMessage(), e);
        }
    }

    /** Component id per atom, numbered in order of each component's first atom. */
    static int[] components(int[][] graph) {
        int[] component = new int[graph.length];
        Arrays.fill(component, -1);
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < graph.length; start++) {
            if (component[start] >= 0) {
                continue;
            }
            component[start] = next;
            queue.add(start);
            while (!queue.isEmpty()) {
                int atom = queue.poll();
                for (int neighbour : graph[atom]) {
                    if (component[neighbour] < 0) {
                        component[neighbour] = next;
                        queue.add(neighbour);
                    }
                }
            }
            next++;
        }
        return component;
    }
}
