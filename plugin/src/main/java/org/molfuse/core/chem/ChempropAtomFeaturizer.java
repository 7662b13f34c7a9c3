package org.molfuse.core.chem;

import java.util.Arrays;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Chemprop v1 atom features (133 values). Each group is a one-hot vector over the listed choices with one extra
 * "unknown" slot at its end:
 * <pre>
 * offset size  group
 *   0    101   atomic number 1..100 (slot Z-1), unknown 100
 * 101      7   total degree incl. H 0..5, unknown
 * 108      6   formal charge in the order -1, -2, +1, +2, 0, unknown
 * 114      5   chiral tag unspecified, CW, CCW, other, unknown (RDKit semantics, see RdkitPerception#chiralTag)
 * 119      6   total H 0..4, unknown
 * 125      6   hybridization SP, SP2, SP3, SP3D, SP3D2, unknown (S and unspecified land in unknown)
 * 131      1   aromatic
 * 132      1   average atomic mass * 0.01
 * </pre>
 */
public final class ChempropAtomFeaturizer implements AtomFeaturizer {

    static final int ATOMIC_NUMBER = 0;
    static final int DEGREE = 101;
    static final int FORMAL_CHARGE = 108;
    static final int CHIRALITY = 114;
    static final int HYDROGENS = 119;
    static final int HYBRIDIZATION = 125;
    static final int AROMATIC = 131;
    static final int MASS = 132;
    static final int SIZE = 133;

    private static final int[] CHARGE_ORDER = {-1, -2, 1, 2, 0};

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public void featurize(IAtomContainer mol, int atomIndex, float[] out, int offset) {
        IAtom atom = mol.getAtom(atomIndex);
        Arrays.fill(out, offset, offset + SIZE, 0f);
        int z = RdkitPerception.atomicNumber(atom);
        out[offset + ATOMIC_NUMBER + (z >= 1 && z <= 100 ? z - 1 : 100)] = 1f;
        out[offset + DEGREE + bounded(RdkitPerception.totalDegree(mol, atom), 5)] = 1f;
        out[offset + FORMAL_CHARGE + chargeSlot(RdkitPerception.formalCharge(atom))] = 1f;
        out[offset + CHIRALITY + RdkitPerception.chiralTag(mol, atom).ordinal()] = 1f;
        out[offset + HYDROGENS + bounded(RdkitPerception.totalHydrogens(mol, atom), 4)] = 1f;
        out[offset + HYBRIDIZATION + hybridizationSlot(RdkitPerception.hybridization(mol, atom))] = 1f;
        out[offset + AROMATIC] = atom.isAromatic() ? 1f : 0f;
        out[offset + MASS] = (float) (ElementData.mass(atom) * 0.01);
    }

    /** Slot {@code value} for 0..max, otherwise the unknown slot {@code max + 1}. */
    private static int bounded(int value, int max) {
        return value >= 0 && value <= max ? value : max + 1;
    }

    private static int chargeSlot(int charge) {
        for (int i = 0; i < CHARGE_ORDER.length; i++) {
            if (CHARGE_ORDER[i] == charge) {
                return i;
            }
        }
        return CHARGE_ORDER.length;
    }

    private static int hybridizationSlot(RdkitPerception.Hybridization hybridization) {
        return switch (hybridization) {
            case SP -> 0;
            case SP2 -> 1;
            case SP3 -> 2;
            case SP3D -> 3;
            case SP3D2 -> 4;
            default -> 5;
        };
    }

    @Override
    public String name() {
        return "chemprop-atom";
    }
}
