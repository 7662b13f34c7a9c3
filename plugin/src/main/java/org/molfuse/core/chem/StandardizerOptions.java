package org.molfuse.core.chem;

/**
 * Settings of {@link MoleculeStandardizer}.
 *
 * @param maxHeavyAtoms       inputs with more heavy (non-hydrogen) atoms are rejected as {@link ValidationReason#TOO_MANY_ATOMS};
 *                            counted over the whole input, before the largest fragment is kept
 * @param keepLargestFragment keep only the fragment with the most heavy atoms (strips counter-ions and solvents)
 * @param neutralize          remove charges where that is chemically safe (see {@link ChargeNeutralizer})
 */
public record StandardizerOptions(int maxHeavyAtoms, boolean keepLargestFragment, boolean neutralize) {

    public StandardizerOptions {
        if (maxHeavyAtoms < 1) {
            throw new IllegalArgumentException("maxHeavyAtoms must be at least 1, was " + maxHeavyAtoms);
        }
    }

    /** 500 heavy atoms, largest fragment kept, neutralized. */
    public static StandardizerOptions defaults() {
        return new StandardizerOptions(500, true, true);
    }
}
