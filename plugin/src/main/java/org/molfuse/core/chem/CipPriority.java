package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * CIP rule 1a (higher atomic number first) on the hierarchical digraph, enough to rank the two substituents at one
 * end of a double bond. Each sphere is compared as the sequence of its nodes' substituent sets (sorted by atomic
 * number, implicit hydrogens as 1, multiple bonds and ring closures as duplicate atoms without substituents, missing
 * substituents as 0), in the order of their parents. Rule 1b and the isotope rule are not applied: substituents that
 * differ only there compare equal. Exploration stops after {@value #MAX_NODES} nodes per sphere (equal as well).
 */
final class CipPriority {

    private static final int MAX_NODES = 4096;

    /** A digraph node: an atom reached along a path from the stereo centre, or a duplicate (no substituents). */
    private record Node(int atom, Node parent, boolean duplicate) {

        boolean onPath(int other) {
            for (Node node = this; node != null; node = node.parent) {
                if (node.atom == other) {
                    return true;
                }
            }
            return false;
        }
    }

    private CipPriority() {
    }

    /** Positive when substituent {@code a} outranks {@code b}, both seen from {@code centre}; 0 when undecided. */
    static int compare(IAtomContainer mol, IAtom centre, IAtom a, IAtom b) {
        Node root = new Node(mol.indexOf(centre), null, false);
        List<Node> levelA = List.of(new Node(mol.indexOf(a), root, false));
        List<Node> levelB = List.of(new Node(mol.indexOf(b), root, false));
        int order = Integer.compare(atomicNumber(mol, levelA.get(0)), atomicNumber(mol, levelB.get(0)));
        while (order == 0 && !levelA.isEmpty() && levelA.size() <= MAX_NODES && levelB.size() <= MAX_NODES) {
            List<List<Node>> groupsA = substituentGroups(mol, levelA);
            List<List<Node>> groupsB = substituentGroups(mol, levelB);
            order = compareGroups(mol, groupsA, groupsB);
            levelA = flatten(groupsA);
            levelB = flatten(groupsB);
        }
        return order;
    }

    private static int compareGroups(IAtomContainer mol, List<List<Node>> groupsA, List<List<Node>> groupsB) {
        for (int g = 0; g < Math.max(groupsA.size(), groupsB.size()); g++) {
            List<Node> groupA = g < groupsA.size() ? groupsA.get(g) : List.of();
            List<Node> groupB = g < groupsB.size() ? groupsB.get(g) : List.of();
            for (int i = 0; i < Math.max(groupA.size(), groupB.size()); i++) {
                int za = i < groupA.size() ? atomicNumber(mol, groupA.get(i)) : 0;
                int zb = i < groupB.size() ? atomicNumber(mol, groupB.get(i)) : 0;
                if (za != zb) {
                    return Integer.compare(za, zb);
                }
            }
        }
        return 0;
    }

    /** For each node in order, its substituents sorted by descending atomic number (ties keep discovery order). */
    private static List<List<Node>> substituentGroups(IAtomContainer mol, List<Node> level) {
        List<List<Node>> groups = new ArrayList<>(level.size());
        for (Node node : level) {
            List<Node> substituents = new ArrayList<>();
            if (!node.duplicate() && node.atom() >= 0) {
                IAtom atom = mol.getAtom(node.atom());
                for (IBond bond : mol.getConnectedBondsList(atom)) {
                    int neighbour = mol.indexOf(bond.getOther(atom));
                    int multiplicity = bondMultiplicity(bond);
                    if (neighbour == node.parent().atom()) {
                        multiplicity--; // the path bond itself; its extra orders become duplicates of the parent
                        for (int d = 0; d < multiplicity; d++) {
                            substituents.add(new Node(neighbour, node, true));
                        }
                        continue;
                    }
                    boolean ringClosure = node.onPath(neighbour);
                    substituents.add(new Node(neighbour, node, ringClosure));
                    for (int d = 1; d < multiplicity; d++) {
                        substituents.add(new Node(neighbour, node, true));
                    }
                }
                for (int h = 0; h < RdkitPerception.implicitHydrogens(atom); h++) {
                    substituents.add(new Node(-1, node, true));
                }
            }
            substituents.sort((x, y) -> Integer.compare(atomicNumber(mol, y), atomicNumber(mol, x)));
            groups.add(substituents);
        }
        return groups;
    }

    private static int bondMultiplicity(IBond bond) {
        IBond.Order order = bond.getOrder();
        return order == null || order == IBond.Order.UNSET ? 1 : order.numeric();
    }

    private static List<Node> flatten(List<List<Node>> groups) {
        List<Node> next = new ArrayList<>();
        groups.forEach(next::addAll);
        return next;
    }

    /** Atomic number of a node; implicit hydrogens are stored with atom index -1. */
    private static int atomicNumber(IAtomContainer mol, Node node) {
        return node.atom() < 0 ? 1 : RdkitPerception.atomicNumber(mol.getAtom(node.atom()));
    }
}
