package org.molfuse.core.chem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.graph.GraphUtil;
import org.openscience.cdk.graph.invariant.Canon;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.stereo.Stereocenters;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Parses, validates and standardizes SMILES; never throws for bad input, the reason is in the result instead.
 *
 * <p>Checks, first failure wins: blank input ({@link ValidationReason#EMPTY}), SMILES syntax
 * ({@link ValidationReason#UNPARSABLE}), wildcard/pseudo atoms or atomic number above 100
 * ({@link ValidationReason#UNSUPPORTED_ELEMENT}), heavy atoms of the whole input above the limit
 * ({@link ValidationReason#TOO_MANY_ATOMS}), aromatic systems without a Kekulé structure and atoms above their allowed
 * valence ({@link ValidationReason#VALENCE}, see {@link AllowedValences}). Atom numbers in messages count from 1 in
 * input order.
 *
 * <p>Standardization, in order: Kekulé bond orders; five-valent nitro/azide nitrogens written charge-separated;
 * unpaired electrons on under-valent atoms ({@code [CH3]}, as RDKit assigns them); explicit hydrogens folded into
 * implicit counts; largest fragment (most heavy atoms, ties to the smallest canonical SMILES);
 * {@link ChargeNeutralizer}; ring flags; tetrahedral and double-bond stereo dropped on atoms that are no stereocentre
 * (as RDKit does when parsing); CDK atom types; aromaticity. Atoms keep their input order (removed atoms simply drop
 * out), so atom i of the result is the i-th remaining atom of the SMILES. Canonical SMILES: {@link CanonicalSmiles}.
 *
 * <p>Aromaticity uses one model everywhere: {@code new Aromaticity(ElectronDonation.daylight(),
 * Cycles.or(Cycles.all(), Cycles.all(6)))}. The Daylight donation model is the one SMILES writers and RDKit
 * approximate (exocyclic double bonds to electronegative atoms donate no electrons, so quinones are not aromatic,
 * pyridones are); all cycles catch fused systems such as azulene, and the fallback to cycles of at most six atoms
 * keeps huge cage systems (fullerenes) tractable.
 *
 * <p>Thread-safe: the CDK parser and the SMILES writer are kept per thread.
 */
public final class MoleculeStandardizer {

    private static final Aromaticity AROMATICITY =
            new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.all(6)));
    private static final int MAX_ATOMIC_NUMBER = 100;

    private final StandardizerOptions options;
    private final ThreadLocal<SmilesParser> parsers = ThreadLocal.withInitial(MoleculeStandardizer::newParser);
    private final ThreadLocal<CanonicalSmiles> writers = ThreadLocal.withInitial(CanonicalSmiles::new);

    public MoleculeStandardizer() {
        this(StandardizerOptions.defaults());
    }

    public MoleculeStandardizer(StandardizerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public StandardizerOptions options() {
        return options;
    }

    /** Standardizes one SMILES string; surrounding whitespace is ignored. */
    public StandardizedMolecule standardize(String smiles) {
        if (smiles == null || smiles.isBlank()) {
            return StandardizedMolecule.invalid(smiles, ValidationReason.EMPTY, "empty: no SMILES given");
        }
        try {
            return standardizeTrimmed(smiles, smiles.strip());
        } catch (CDKException | RuntimeException e) {
            // a CDK failure past parsing is still a property of this input, not a reason to stop a batch
            return StandardizedMolecule.invalid(smiles, ValidationReason.UNPARSABLE,
                    "unparsable: CDK could not process the molecule (" + e.getMessage() + ")");
        }
    }

    private StandardizedMolecule standardizeTrimmed(String input, String smiles) throws CDKException {
        IAtomContainer mol;
        try {
            mol = parsers.get().parseSmiles(smiles);
        } catch (InvalidSmilesException e) {
            return StandardizedMolecule.invalid(input, ValidationReason.UNPARSABLE, SmilesErrors.describe(e.getMessage()));
        }
        if (mol.getAtomCount() == 0) {
            return StandardizedMolecule.invalid(input, ValidationReason.EMPTY, "empty: the SMILES has no atoms");
        }
        String unsupported = findUnsupportedElement(mol);
        if (unsupported != null) {
            return StandardizedMolecule.invalid(input, ValidationReason.UNSUPPORTED_ELEMENT, unsupported);
        }
        int heavyAtoms = heavyAtomCount(mol);
        if (heavyAtoms > options.maxHeavyAtoms()) {
            return StandardizedMolecule.invalid(input, ValidationReason.TOO_MANY_ATOMS, "too many atoms: " + heavyAtoms
                    + " heavy atoms exceeds limit " + options.maxHeavyAtoms());
        }
        try {
            Kekulization.kekulize(mol);
        } catch (CDKException e) {
            return StandardizedMolecule.invalid(input, ValidationReason.VALENCE,
                    "valence: the aromatic system has no Kekulé structure (check aromatic atoms and [nH] hydrogens)");
        }
        NitrogenChargeSeparation.apply(mol);
        String valenceProblem = findValenceProblem(mol);
        if (valenceProblem != null) {
            return StandardizedMolecule.invalid(input, ValidationReason.VALENCE, valenceProblem);
        }
        assignRadicals(mol);
        mol = AtomContainerManipulator.suppressHydrogens(mol);
        if (options.keepLargestFragment()) {
            mol = LargestFragment.keep(mol, writers.get());
        }
        if (options.neutralize()) {
            ChargeNeutralizer.neutralize(mol);
        }
        Cycles.markRingAtomsAndBonds(mol);
        dropSpuriousStereo(mol);
        AtomContainerManipulator.percieveAtomTypesAndConfigureUnsetProperties(mol);
        AROMATICITY.apply(mol);
        return StandardizedMolecule.valid(input, mol, writers.get().create(mol));
    }

    private static String findUnsupportedElement(IAtomContainer mol) {
        for (int i = 0; i < mol.getAtomCount(); i++) {
            IAtom atom = mol.getAtom(i);
            Integer z = atom.getAtomicNumber();
            if (atom instanceof IPseudoAtom pseudo) {
                String label = pseudo.getLabel();
                boolean wildcard = label == null || label.equals("*") || (label.equals("R") && z != null && z == 0);
                return "unsupported element: atom " + (i + 1) + " is "
                        + (wildcard ? "a wildcard '*'" : "a pseudo atom '" + label + "'");
            }
            if (z == null || z == 0) {
                return "unsupported element: atom " + (i + 1) + " has no element";
            }
            if (z > MAX_ATOMIC_NUMBER) {
                return "unsupported element: atom " + (i + 1) + " is " + atom.getSymbol() + " (atomic number " + z
                        + "), only 1-" + MAX_ATOMIC_NUMBER + " are supported";
            }
        }
        return null;
    }

    static int heavyAtomCount(IAtomContainer mol) {
        int heavy = 0;
        for (IAtom atom : mol.atoms()) {
            if (atom.getAtomicNumber() != null && atom.getAtomicNumber() > 1) {
                heavy++;
            }
        }
        return heavy;
    }

    private static String findValenceProblem(IAtomContainer mol) {
        for (int i = 0; i < mol.getAtomCount(); i++) {
            IAtom atom = mol.getAtom(i);
            int z = atom.getAtomicNumber();
            int charge = ChargeNeutralizer.charge(atom);
            int valence = NitrogenChargeSeparation.valence(mol, atom);
            if (!AllowedValences.isAllowed(z, charge, valence)) {
                return "valence: atom " + (i + 1) + " (" + atom.getSymbol() + chargeSuffix(charge) + ") has valence "
                        + valence + ", allowed " + AllowedValences.describe(z, charge);
            }
        }
        return null;
    }

    /**
     * Gives under-valent atoms of the checked elements unpaired electrons up to the next allowed valence, as RDKit
     * does: {@code [CH3]} gets one, {@code [CH2]} and {@code [O]} two. CDK's parser records none.
     */
    private static void assignRadicals(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            int valence = NitrogenChargeSeparation.valence(mol, atom);
            for (int allowed : AllowedValences.allowed(atom.getAtomicNumber(), ChargeNeutralizer.charge(atom))) {
                if (allowed >= valence) {
                    for (int electron = valence; electron < allowed; electron++) {
                        mol.addSingleElectron(mol.indexOf(atom));
                    }
                    break;
                }
            }
        }
    }

    private static String chargeSuffix(int charge) {
        if (charge == 0) {
            return "";
        }
        String sign = charge > 0 ? "+" : "-";
        return Math.abs(charge) == 1 ? sign : sign + Math.abs(charge);
    }

    /**
     * Removes tetrahedral and cis/trans elements on atoms that are not stereocentres (e.g. {@code C[C@H](C)CC}).
     * CDK's {@link Stereocenters} misses pseudo-asymmetric centres, so a tetrahedral centre it rejects is kept when two
     * of its neighbours are topologically equivalent and either their separate branches hold other stereo atoms (the
     * middle carbon of ribitol) or the two neighbours close a ring whose ring system holds another stereo atom (the
     * 3-position of tropanes). Needs ring flags.
     */
    private static void dropSpuriousStereo(IAtomContainer mol) {
        if (!mol.stereoElements().iterator().hasNext()) {
            return;
        }
        Stereocenters centres = Stereocenters.of(mol);
        int[][] graph = GraphUtil.toAdjList(mol);
        long[] symmetry = Canon.symmetry(mol, graph);
        boolean[] stereoAtoms = stereoAtoms(mol);
        List<IStereoElement> kept = new ArrayList<>();
        for (IStereoElement element : mol.stereoElements()) {
            if (element instanceof ITetrahedralChirality chirality) {
                int focus = mol.indexOf(chirality.getChiralAtom());
                if (!centres.isStereocenter(focus) && !mayBePseudoAsymmetric(mol, graph, symmetry, stereoAtoms, focus)) {
                    continue;
                }
            } else if (element instanceof IDoubleBondStereochemistry doubleBond) {
                IBond bond = doubleBond.getStereoBond();
                int begin = mol.indexOf(bond.getBegin());
                int end = mol.indexOf(bond.getEnd());
                if (!centres.isStereocenter(begin) || !centres.isStereocenter(end)
                        || hasEquivalentSubstituents(graph, symmetry, begin, end)
                        || hasEquivalentSubstituents(graph, symmetry, end, begin)) {
                    continue;
                }
            }
            kept.add(element);
        }
        mol.setStereoElements(kept);
    }

    /** Two topologically equivalent substituents on one end make a double bond non-stereogenic, even in a ring. */
    private static boolean hasEquivalentSubstituents(int[][] graph, long[] symmetry, int end, int partner) {
        int first = -1;
        for (int neighbour : graph[end]) {
            if (neighbour == partner) {
                continue;
            }
            if (first >= 0 && symmetry[first] == symmetry[neighbour]) {
                return true;
            }
            first = neighbour;
        }
        return false;
    }

    private static boolean mayBePseudoAsymmetric(
            IAtomContainer mol, int[][] graph, long[] symmetry, boolean[] stereoAtoms, int focus) {
        int[] neighbours = graph[focus];
        for (int i = 0; i < neighbours.length; i++) {
            for (int j = i + 1; j < neighbours.length; j++) {
                if (symmetry[neighbours[i]] != symmetry[neighbours[j]]) {
                    continue;
                }
                boolean[] branch = branch(graph, focus, neighbours[i]);
                if (branch[neighbours[j]] ? ringSystemHasOtherStereo(mol, stereoAtoms, focus)
                        : containsStereo(branch, stereoAtoms)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Atoms reachable from {@code start} without passing {@code focus}. */
    private static boolean[] branch(int[][] graph, int focus, int start) {
        boolean[] seen = new boolean[graph.length];
        seen[focus] = true;
        seen[start] = true;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (int next : graph[queue.poll()]) {
                if (!seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        seen[focus] = false;
        return seen;
    }

    private static boolean containsStereo(boolean[] atoms, boolean[] stereoAtoms) {
        for (int i = 0; i < atoms.length; i++) {
            if (atoms[i] && stereoAtoms[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether another stereo atom is reachable from {@code focus} over ring bonds only. */
    private static boolean ringSystemHasOtherStereo(IAtomContainer mol, boolean[] stereoAtoms, int focus) {
        boolean[] seen = new boolean[mol.getAtomCount()];
        seen[focus] = true;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(focus));
        while (!queue.isEmpty()) {
            IAtom atom = mol.getAtom(queue.poll());
            for (IBond bond : mol.getConnectedBondsList(atom)) {
                int next = mol.indexOf(bond.getOther(atom));
                if (bond.isInRing() && !seen[next]) {
                    if (stereoAtoms[next]) {
                        return true;
                    }
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return false;
    }

    /** Foci of tetrahedral elements and atoms of stereo double bonds. */
    private static boolean[] stereoAtoms(IAtomContainer mol) {
        boolean[] atoms = new boolean[mol.getAtomCount()];
        for (IStereoElement<?, ?> element : mol.stereoElements()) {
            if (element instanceof ITetrahedralChirality chirality) {
                atoms[mol.indexOf(chirality.getChiralAtom())] = true;
            } else if (element instanceof IDoubleBondStereochemistry doubleBond) {
                atoms[mol.indexOf(doubleBond.getStereoBond().getBegin())] = true;
                atoms[mol.indexOf(doubleBond.getStereoBond().getEnd())] = true;
            }
        }
        return atoms;
    }

    private static SmilesParser newParser() {
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        // Kekulé assignment is done separately so that a failure is reported as a valence problem, not a syntax error
        parser.kekulise(false);
        return parser;
    }
}
