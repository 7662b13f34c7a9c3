package org.molfuse.core.chem;

import java.util.Arrays;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Chemprop v1 bond features (14 values):
 * <pre>
 * 0      bond is None (always 0 here: only real bonds are featurized)
 * 1..4   single, double, triple, aromatic (aromatic bonds are only "aromatic", as in RDKit)
 * 5      conjugated (RdkitPerception#isConjugated)
 * 6      in ring
 * 7..13  stereo one-hot over RDKit's numbering NONE=0, ANY=1, Z=2, E=3, CIS=4, TRANS=5, then unknown
 * </pre>
 */
public final class ChempropBondFeaturizer implements BondFeaturizer {

    static final int SINGLE = 1;
    static final int DOUBLE = 2;
    static final int TRIPLE = 3;
    static final int AROMATIC = 4;
    static final int CONJUGATED = 5;
    static final int IN_RING = 6;
    static final int STEREO = 7;
    static final int SIZE = 14;

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public void featurize(IAtomContainer mol, int bondIndex, float[] out, int offset) {
        IBond bond = mol.getBond(bondIndex);
        Arrays.fill(out, offset, offset + SIZE, 0f);
        if (bond.isAromatic()) {
            out[offset + AROMATIC] = 1f;
        } else if (bond.getOrder() == IBond.Order.SINGLE) {
            out[offset + SINGLE] = 1f;
        } else if (bond.getOrder() == IBond.Order.DOUBLE) {
            out[offset + DOUBLE] = 1f;
        } else if (bond.getOrder() == IBond.Order.TRIPLE) {
            out[offset + TRIPLE] = 1f;
        }
        out[offset + CONJUGATED] = RdkitPerception.isConjugated(mol, bond) ? 1f : 0f;
        out[offset + IN_RING] = bond.isInRing() ? 1f : 0f;
        out[offset + STEREO + RdkitPerception.bondStereo(mol, bond).ordinal()] = 1f;
    }

    @Override
    public String name() {
        return "chemprop-bond";
    }
}
