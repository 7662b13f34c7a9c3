package org.molfuse.core.chem;

import java.util.Objects;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Outcome of standardizing one SMILES string.
 *
 * @param input           the string as given (before trimming); may be null
 * @param molecule        the standardized molecule, null when invalid
 * @param canonicalSmiles canonical isomeric SMILES of {@code molecule}, null when invalid
 * @param reason          {@link ValidationReason#OK} or why the input was rejected
 * @param message         human-readable reason, e.g. {@code "unparsable at character 4: unclosed ring"}; "ok" when valid
 */
public record StandardizedMolecule(
        String input, IAtomContainer molecule, String canonicalSmiles, ValidationReason reason, String message) {

    public StandardizedMolecule {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if ((reason == ValidationReason.OK) != (molecule != null && canonicalSmiles != null)) {
            throw new IllegalArgumentException("a molecule and canonical SMILES are present exactly when the reason is OK");
        }
    }

    static StandardizedMolecule valid(String input, IAtomContainer molecule, String canonicalSmiles) {
        return new StandardizedMolecule(input, molecule, canonicalSmiles, ValidationReason.OK, "ok");
    }

    static StandardizedMolecule invalid(String input, ValidationReason reason, String message) {
        return new StandardizedMolecule(input, null, null, reason, message);
    }

    public boolean isValid() {
        return reason == ValidationReason.OK;
    }
}
