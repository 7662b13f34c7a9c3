package org.molfuse.core.chem;

import java.util.Objects;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Turns a standardized molecule into a {@link MoleculeGraph}: atoms in container order, bond k as edges 2k
 * (begin to end) and 2k+1 (end to begin) carrying the same bond features. A feature that is not a finite number is
 * refused with the atom or bond that carries it: one NaN would otherwise turn a whole training batch's loss into NaN.
 */
public final class GraphFeaturizer {

    private final AtomFeaturizer atoms;
    private final BondFeaturizer bonds;

    public GraphFeaturizer(AtomFeaturizer atoms, BondFeaturizer bonds) {
        this.atoms = Objects.requireNonNull(atoms, "atoms");
        this.bonds = Objects.requireNonNull(bonds, "bonds");
    }

    /** Chemprop v1 features: 133 per atom, 14 per bond. */
    public static GraphFeaturizer chemprop() {
        return new GraphFeaturizer(new ChempropAtomFeaturizer(), new ChempropBondFeaturizer());
    }

    /** OGB categorical features: 9 per atom, 3 per bond. */
    public static GraphFeaturizer ogb() {
        return new GraphFeaturizer(new OgbAtomFeaturizer(), new OgbBondFeaturizer());
    }

    public AtomFeaturizer atomFeaturizer() {
        return atoms;
    }

    public BondFeaturizer bondFeaturizer() {
        return bonds;
    }

    public MoleculeGraph featurize(IAtomContainer mol) {
        int numAtoms = mol.getAtomCount();
        int atomSize = atoms.size();
        float[] atomFeatures = new float[numAtoms * atomSize];
        for (int atom = 0; atom < numAtoms; atom++) {
            atoms.featurize(mol, atom, atomFeatures, atom * atomSize);
        }
        int numBonds = mol.getBondCount();
        int bondSize = bonds.size();
        int[] sources = new int[2 * numBonds];
        int[] targets = new int[2 * numBonds];
        float[] bondFeatures = new float[2 * numBonds * bondSize];
        for (int k = 0; k < numBonds; k++) {
            IBond bond = mol.getBond(k);
            int begin = mol.indexOf(bond.getBegin());
            int end = mol.indexOf(bond.getEnd());
            sources[2 * k] = begin;
            targets[2 * k] = end;
            sources[2 * k + 1] = end;
            targets[2 * k + 1] = begin;
            bonds.featurize(mol, k, bondFeatures, 2 * k * bondSize);
            System.arraycopy(bondFeatures, 2 * k * bondSize, bondFeatures, (2 * k + 1) * bondSize, bondSize);
        }
        int atomValue = firstNonFinite(atomFeatures);
        if (atomValue >= 0) {
            int atom = atomValue / atomSize;
            throw notFinite(atoms.name(), atomValue % atomSize, "atom " + (atom + 1) + " ("
                    + mol.getAtom(atom).getSymbol() + ")", atomFeatures[atomValue]);
        }
        int bondValue = firstNonFinite(bondFeatures);
        if (bondValue >= 0) {
            IBond bond = mol.getBond(bondValue / (2 * bondSize));
            throw notFinite(bonds.name(), bondValue % bondSize, "bond " + (bondValue / (2 * bondSize) + 1) + " ("
                    + bond.getBegin().getSymbol() + "-" + bond.getEnd().getSymbol() + ")", bondFeatures[bondValue]);
        }
        return new MoleculeGraph(numAtoms, atomSize, atomFeatures, sources, targets, bondSize, bondFeatures);
    }

    private static int firstNonFinite(float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    private static IllegalArgumentException notFinite(String featurizer, int feature, String where, float value) {
        return new IllegalArgumentException(featurizer + " feature " + feature + " of " + where + " is " + value);
    }
}
