package org.molfuse.core.chem;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * The 3 integer categories of OGB's {@code bond_to_feature_vector}, stored as floats:
 * <pre>
 * 0 bond type SINGLE, DOUBLE, TRIPLE, AROMATIC, misc                          (5)
 * 1 stereo STEREONONE, STEREOZ, STEREOE, STEREOCIS, STEREOTRANS, STEREOANY    (6)
 * 2 conjugated 0/1                                                            (2)
 * </pre>
 */
public final class OgbBondFeaturizer implements BondFeaturizer {

    /** Number of categories of each of the 3 features. */
    public static final int[] CATEGORY_COUNTS = {5, 6, 2};

    @Override
    public int size() {
        return CATEGORY_COUNTS.length;
    }

    @Override
    public void featurize(IAtomContainer mol, int bondIndex, float[] out, int offset) {
        IBond bond = mol.getBond(bondIndex);
        int type;
        if (bond.isAromatic()) {
            type = 3;
        } else if (bond.getOrder() == IBond.Order.SINGLE) {
            type = 0;
        } else if (bond.getOrder() == IBond.Order.DOUBLE) {
            type = 1;
        } else if (bond.getOrder() == IBond.Order.TRIPLE) {
            type = 2;
        } else {
            type = 4;
        }
        out[offset] = type;
        out[offset + 1] = switch (RdkitPerception.bondStereo(mol, bond)) {
            case NONE -> 0;
            case Z -> 1;
            case E -> 2;
            case CIS -> 3;
            case TRANS -> 4;
            case ANY -> 5;
        };
        out[offset + 2] = RdkitPerception.isConjugated(mol, bond) ? 1 : 0;
    }

    @Override
    public String name() {
        return "ogb-bond";
    }
}
