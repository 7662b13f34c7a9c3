package org.molfuse.core.chem;

import org.openscience.cdk.interfaces.IAtomContainer;

/** Fixed-length feature vector of one atom of a molecule produced by {@link MoleculeStandardizer}. */
public interface AtomFeaturizer {

    /** Number of values written per atom. */
    int size();

    /** Writes {@link #size()} values for atom {@code atomIndex} into {@code out} starting at {@code offset}. */
    void featurize(IAtomContainer mol, int atomIndex, float[] out, int offset);

    /** Short identifier, e.g. {@code "chemprop-atom"}. */
    String name();
}
