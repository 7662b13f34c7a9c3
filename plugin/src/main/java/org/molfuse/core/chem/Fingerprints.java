package org.molfuse.core.chem;

import java.util.BitSet;
import java.util.Objects;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.fingerprint.ICountFingerprint;
import org.openscience.cdk.fingerprint.MACCSFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * ECFP4/ECFP6 (bits or counts, folded to a configurable length) and MACCS (166 keys) fingerprints of a prepared
 * molecule (implicit hydrogens, perceived atom types and aromaticity), returned as plain Java values.
 *
 * <p>Immutable and thread-safe: CDK fingerprinters keep per-molecule state, so a circular fingerprinter is made per
 * call and each thread keeps its own MACCS fingerprinter (whose SMARTS keys are costly to parse).
 *
 * <p>MACCS bit {@code i} (0-based) is MACCS key {@code i + 1}; RDKit's 167-bit MACCS vector has the same key at bit
 * {@code i + 1} and never sets its bit 0. Known key differences from RDKit: CDK's key 101 matches 8-membered rings only
 * (RDKit: 8 to 14, so fused bicycles), key 125 counts aromatic six-membered rings only, key 118 uses another SMARTS;
 * and pentavalent nitro N(=O)=O, kept by CDK but charge-separated by RDKit, changes keys 24, 49 and 136.
 */
public final class Fingerprints {

    /** Default folded length of ECFP fingerprints. */
    public static final int DEFAULT_LENGTH = 2048;
    /** Number of MACCS keys; the only length a MACCS fingerprint has. */
    public static final int MACCS_LENGTH = 166;

    private static final ThreadLocal<MACCSFingerprinter> MACCS = ThreadLocal.withInitial(MACCSFingerprinter::new);

    private final FingerprintType type;
    private final int length;

    private Fingerprints(FingerprintType type, int length) {
        this.type = type;
        this.length = length;
    }

    /** A fingerprint of the given type at its default length (2048 for ECFP, 166 for MACCS). */
    public static Fingerprints of(FingerprintType type) {
        Objects.requireNonNull(type, "fingerprint type");
        return new Fingerprints(type, type == FingerprintType.MACCS ? MACCS_LENGTH : DEFAULT_LENGTH);
    }

    /**
     * A fingerprint of the given type folded to {@code length} bits.
     *
     * @throws IllegalArgumentException if length is not positive, or MACCS is asked for a length other than 166
     */
    public static Fingerprints of(FingerprintType type, int length) {
        Objects.requireNonNull(type, "fingerprint type");
        if (length <= 0) {
            throw new IllegalArgumentException("fingerprint length must be > 0, was " + length);
        }
        if (type == FingerprintType.MACCS && length != MACCS_LENGTH) {
            throw new IllegalArgumentException("fingerprint length " + length + " cannot be set for MACCS, which has "
                    + MACCS_LENGTH + " keys");
        }
        return new Fingerprints(type, length);
    }

    public FingerprintType type() {
        return type;
    }

    public int length() {
        return length;
    }

    /** Whether {@link #counts} is defined: true for ECFP4 and ECFP6. */
    public boolean supportsCounts() {
        return type != FingerprintType.MACCS;
    }

    /**
     * The set bits, all below {@link #length()}.
     *
     * @throws IllegalArgumentException if CDK cannot fingerprint the molecule (the message says why)
     */
    public BitSet bits(IAtomContainer molecule) {
        Objects.requireNonNull(molecule, "molecule");
        try {
            if (type == FingerprintType.MACCS) {
                return MACCS.get().getBitFingerprint(molecule).asBitSet();
            }
            return circular().getBitFingerprint(molecule).asBitSet();
        } catch (CDKException | RuntimeException e) {
            throw failure(e);
        }
    }

    /**
     * Feature counts folded into {@link #length()} bins the same way CDK folds the bits, so
     * {@code counts[i] > 0} exactly where {@code bits(molecule).get(i)}.
     *
     * @throws IllegalStateException for MACCS, which has no counts
     * @throws IllegalArgumentException if CDK cannot fingerprint the molecule
     */
    public int[] counts(IAtomContainer molecule) {
        Objects.requireNonNull(molecule, "molecule");
        if (!supportsCounts()) {
            throw new IllegalStateException("count fingerprints exist for ECFP4 and ECFP6 only, not " + type);
        }
        ICountFingerprint unfolded;
        try {
            unfolded = circular().getCountFingerprint(molecule);
        } catch (CDKException | RuntimeException e) {
            throw failure(e);
        }
        int[] counts = new int[length];
        for (int i = 0; i < unfolded.numOfPopulatedbins(); i++) {
            counts[foldedIndex(unfolded.getHash(i))] += unfolded.getCount(i);
        }
        return counts;
    }

    /** A table row: bits as 0/1, or counts when {@code useCounts} (ECFP only). */
    public double[] vector(IAtomContainer molecule, boolean useCounts) {
        double[] row = new double[length];
        if (useCounts) {
            int[] counts = counts(molecule);
            for (int i = 0; i < length; i++) {
                row[i] = counts[i];
            }
        } else {
            BitSet bits = bits(molecule);
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                row[i] = 1.0;
            }
        }
        return row;
    }

    /** CDK folds a 32-bit feature hash as an unsigned number modulo the length; counts must land in the same bin. */
    private int foldedIndex(int hash) {
        return (int) (Integer.toUnsignedLong(hash) % length);
    }

    private CircularFingerprinter circular() {
        int cdkClass = type == FingerprintType.ECFP4 ? CircularFingerprinter.CLASS_ECFP4
                : CircularFingerprinter.CLASS_ECFP6;
        return new CircularFingerprinter(cdkClass, length);
    }

    private IllegalArgumentException failure(Exception cause) {
        return new IllegalArgumentException("cannot compute the " + type + " fingerprint: " + cause.getMessage(),
                cause);
    }
}
