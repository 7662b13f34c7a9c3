package org.molfuse.core.chem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.ringsearch.RingSearch;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Bemis-Murcko scaffolds as RDKit's {@code MurckoScaffoldSmiles(includeChirality=False)} defines them, which
 * chemprop's scaffold split uses: ring atoms, the linker atoms on paths between rings, and every other atom joined by
 * a double bond to one of those (C=O, C=N, C=C on rings and linkers), with the hydrogens the removed substituents
 * leave behind. CDK's {@code MurckoFragmenter} is not used because it drops those exocyclic double-bonded atoms.
 *
 * <p>Each cut bond becomes hydrogens on the kept atom (one per bond order), so an aromatic N that loses a methyl reads
 * [nH] as in RDKit. RDKit instead re-derives those hydrogens from its default valences, which differs only for metals
 * (RDKit: no hydrogen) and hypervalent P, S, I, Ge (RDKit: lowest valence): on every 8th row of HIV.csv the two agree
 * on 5,097 of 5,141 molecules, the rest being such atoms and charged aromatic N-oxides aromatised differently.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scaffolds {

    private Scaffolds() {
    }

    /**
     * The scaffold of a prepared molecule (implicit hydrogens, aromaticity perceived) as CDK canonical SMILES with
     * aromatic symbols and no stereo, or {@code ""} when the molecule has no ring.
     *
     * @throws IllegalArgumentException if CDK cannot write the scaffold as SMILES
     */
    public static String murckoSmiles(IAtomContainer molecule) {
        IAtomContainer scaffold = murckoScaffold(molecule);
        if (scaffold.isEmpty()) {
            return "";
        }
        SmilesGenerator generator = new SmilesGenerator(SmiFlavor.Canonical | SmiFlavor.UseAromaticSymbols);
        List<String> components = new ArrayList<>();
        try {
            // CDK orders the components of a disconnected structure by input order when their atoms tie, so the
            // components are written one by one and sorted: the scaffold string must not depend on atom order.
            for (IAtomContainer component : ConnectivityChecker.partitionIntoMolecules(scaffold)) {
                components.add(generator.create(component));
            }
        } catch (CDKException e) {
            throw new IllegalArgumentException("cannot write the Murcko scaffold as SMILES: " + e.getMessage(), e);
        }
        Collections.sort(components);
        return String.join(".", components);
    }

    /** The scaffold as a new container without stereo elements (empty for acyclic molecules); the input is kept. */
    public static IAtomContainer murckoScaffold(IAtomContainer molecule) {
        Objects.requireNonNull(molecule, "molecule");
        boolean[] framework = ringsAndLinkers(molecule);
        boolean[] kept = framework.clone();
        for (IBond bond : molecule.bonds()) {
            int a = molecule.indexOf(bond.getBegin());
            int b = molecule.indexOf(bond.getEnd());
            if (bond.getOrder() == IBond.Order.DOUBLE && framework[a] != framework[b]) {
                kept[framework[a] ? b : a] = true;
            }
        }
        return copyKept(molecule, kept);
    }

    /**
     * Ring atoms plus the acyclic atoms between them: pruning non-ring atoms with at most one remaining neighbour
     * until none is left removes exactly the side chains, since acyclic bonds are bridges of the graph.
     */
    private static boolean[] ringsAndLinkers(IAtomContainer molecule) {
        int atoms = molecule.getAtomCount();
        RingSearch rings = new RingSearch(molecule);
        boolean[] kept = new boolean[atoms];
        int[] degree = new int[atoms];
        Deque<Integer> prunable = new ArrayDeque<>();
        for (int i = 0; i < atoms; i++) {
            kept[i] = true;
            degree[i] = molecule.getConnectedBondsCount(i);
            if (!rings.cyclic(i) && degree[i] <= 1) {
                prunable.add(i);
            }
        }
        while (!prunable.isEmpty()) {
            int atom = prunable.poll();
            if (!kept[atom]) {
                continue;
            }
            kept[atom] = false;
            for (IAtom neighbour : molecule.getConnectedAtomsList(molecule.getAtom(atom))) {
                int n = molecule.indexOf(neighbour);
                if (kept[n] && --degree[n] <= 1 && !rings.cyclic(n)) {
                    prunable.add(n);
                }
            }
        }
        return kept;
    }

    private static IAtomContainer copyKept(IAtomContainer molecule, boolean[] kept) {
        IAtomContainer scaffold = molecule.getBuilder().newAtomContainer();
        IAtom[] copies = new IAtom[molecule.getAtomCount()];
        for (int i = 0; i < copies.length; i++) {
            if (!kept[i]) {
                continue;
            }
            IAtom original = molecule.getAtom(i);
            IAtom copy;
            try {
                copy = original.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("CDK atom cannot be copied", e);
            }
            int hydrogens = original.getImplicitHydrogenCount() == null ? 0 : original.getImplicitHydrogenCount();
            for (IBond bond : molecule.getConnectedBondsList(original)) {
                if (!kept[molecule.indexOf(bond.getOther(original))]) {
                    hydrogens += bondValence(bond); // the cut substituent's bond is filled with hydrogen
                }
            }
            copy.setImplicitHydrogenCount(hydrogens);
            scaffold.addAtom(copy);
            copies[i] = scaffold.getAtom(scaffold.getAtomCount() - 1);
        }
        for (IBond bond : molecule.bonds()) {
            IAtom begin = copies[molecule.indexOf(bond.getBegin())];
            IAtom end = copies[molecule.indexOf(bond.getEnd())];
            if (begin != null && end != null) {
                IBond copy = molecule.getBuilder().newInstance(IBond.class, begin, end, bond.getOrder());
                copy.setIsAromatic(bond.isAromatic());
                copy.setIsInRing(bond.isInRing());
                scaffold.addBond(copy);
            }
        }
        return scaffold;
    }

    private static int bondValence(IBond bond) {
        IBond.Order order = bond.getOrder();
        return order == null || order == IBond.Order.UNSET ? 1 : order.numeric();
    }
}
