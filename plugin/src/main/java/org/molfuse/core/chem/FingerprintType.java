package org.molfuse.core.chem;

/** The molecular fingerprints {@link Fingerprints} computes. */
public enum FingerprintType {
    /** Extended-connectivity fingerprint, diameter 4 (radius 2): CDK {@code CircularFingerprinter.CLASS_ECFP4}. */
    ECFP4,
    /** Extended-connectivity fingerprint, diameter 6 (radius 3): CDK {@code CircularFingerprinter.CLASS_ECFP6}. */
    ECFP6,
    /** The 166 public MACCS keys: CDK {@code MACCSFingerprinter}. */
    MACCS
}
