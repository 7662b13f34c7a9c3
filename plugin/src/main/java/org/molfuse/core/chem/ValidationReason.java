package org.molfuse.core.chem;

/** Why a SMILES input was accepted or rejected by {@link MoleculeStandardizer}; {@link #code()} is the short table value. */
public enum ValidationReason {
    OK("ok"),
    EMPTY("empty"),
    UNPARSABLE("unparsable"),
    VALENCE("valence"),
    TOO_MANY_ATOMS("too_many_atoms"),
    UNSUPPORTED_ELEMENT("unsupported_element"),
    /** The molecule was accepted, but computing its features failed (a CDK error on an unusual structure). */
    FEATURIZATION_FAILED("featurization_failed");

    private final String code;

    ValidationReason(String code) {
        this.code = code;
    }

    /** Lower-case code for output tables, e.g. {@code "too_many_atoms"}. */
    public String code() {
        return code;
    }
}
