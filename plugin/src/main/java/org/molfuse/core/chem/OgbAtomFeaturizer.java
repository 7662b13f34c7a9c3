package org.molfuse.core.chem;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The 9 integer categories of OGB's {@code atom_to_feature_vector}, stored as floats for embedding lookups.
 * Out-of-range values go to the last ("misc") category of each feature:
 * <pre>
 * 0 atomic number - 1 for 1..118, misc 118        (119 categories)
 * 1 chirality unspecified, CW, CCW, other, misc   (5)
 * 2 total degree 0..10, misc 11                   (12)
 * 3 formal charge -5..5 as charge + 5, misc 11    (12)
 * 4 total H 0..8, misc 9                          (10)
 * 5 radical electrons 0..4, misc 5                (6)
 * 6 hybridization SP, SP2, SP3, SP3D, SP3D2, misc (6)
 * 7 aromatic 0/1                                  (2)
 * 8 in ring 0/1                                   (2)
 * </pre>
 */
public final class OgbAtomFeaturizer implements AtomFeaturizer {

    /** Number of categories of each of the 9 features, for embedding tables. */
    public static final int[] CATEGORY_COUNTS = {119, 5, 12, 12, 10, 6, 6, 2, 2};

    @Override
    public int size() {
        return CATEGORY_COUNTS.length;
    }

    @Override
    public void featurize(IAtomContainer mol, int atomIndex, float[] out, int offset) {
        IAtom atom = mol.getAtom(atomIndex);
        int z = RdkitPerception.atomicNumber(atom);
        out[offset] = z >= 1 && z <= 118 ? z - 1 : 118;
        RdkitPerception.ChiralTag tag = RdkitPerception.chiralTag(mol, atom);
        out[offset + 1] = tag == RdkitPerception.ChiralTag.UNRECOGNISED ? 4 : tag.ordinal();
        out[offset + 2] = bounded(RdkitPerception.totalDegree(mol, atom), 0, 10);
        out[offset + 3] = bounded(RdkitPerception.formalCharge(atom) + 5, 0, 10);
        out[offset + 4] = bounded(RdkitPerception.totalHydrogens(mol, atom), 0, 8);
        out[offset + 5] = bounded(RdkitPerception.radicalElectrons(mol, atom), 0, 4);
        out[offset + 6] = switch (RdkitPerception.hybridization(mol, atom)) {
            case SP -> 0;
            case SP2 -> 1;
            case SP3 -> 2;
            case SP3D -> 3;
            case SP3D2 -> 4;
            default -> 5;
        };
        out[offset + 7] = atom.isAromatic() ? 1 : 0;
        out[offset + 8] = atom.isInRing() ? 1 : 0;
    }

    /** {@code value} when within [min, max], otherwise the misc category {@code max + 1}. */
    private static int bounded(int value, int min, int max) {
        return value >= min && value <= max ? value : max + 1;
    }

    @Override
    public String name() {
        return "ogb-atom";
    }
}
