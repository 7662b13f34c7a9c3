package org.molfuse.core.chem;

import org.openscience.cdk.interfaces.IAtomContainer;

/** Fixed-length feature vector of one bond of a molecule produced by {@link MoleculeStandardizer}. */
public interface BondFeaturizer {

    /** Number of values written per bond. */
    int size();

    /** Writes {@link #size()} values for bond {@code bondIndex} into {@code out} starting at {@code offset}. */
    void featurize(IAtomContainer mol, int bondIndex, float[] out, int offset);

    /** Short identifier, e.g. {@code "chemprop-bond"}. */
    String name();
}
