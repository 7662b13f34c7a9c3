package org.molfuse.core.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Whole-molecule feature vectors that a graph model can read next to its learned readout, as chemprop's
 * {@code --features_generator} (v1) or extra descriptors {@code X_d} (v2) do: they are joined to the graph vector
 * before the prediction head. Hand-made features help most where data are few, which is where a fingerprint random
 * forest can beat a message-passing network (Yang et al. 2019, "Analyzing learned molecular representations for
 * property prediction", the chemprop paper).
 */
public enum MoleculeFeatures {
    /** ECFP4 bits, folded to 2048 (chemprop's {@code morgan}; CDK's hashing, not RDKit's). */
    ECFP4(Fingerprints.DEFAULT_LENGTH),
    /** ECFP4 feature counts, folded to 2048 (chemprop's {@code morgan_count}). */
    ECFP4_COUNTS(Fingerprints.DEFAULT_LENGTH),
    /** The eleven {@link Descriptors}; a value CDK cannot compute is NaN, which scaling later replaces. */
    DESCRIPTORS(new Descriptors().names().size()),
    /** Every 2D descriptor of CDK ({@link Cdk2dDescriptors}; chemprop's {@code rdkit_2d} in CDK's terms). */
    CDK_2D(new Cdk2dDescriptors().names().size());

    private final int size;

    MoleculeFeatures(int size) {
        this.size = size;
    }

    /** Length of {@link #compute}'s vector. */
    public int size() {
        return size;
    }

    /** The name users write: the constant in lower case, e.g. {@code ecfp4_counts}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The features of a prepared molecule (as {@link MoleculeStandardizer} returns it); NaN marks a descriptor CDK
     * could not compute, which training replaces by the training mean.
     *
     * @throws IllegalArgumentException if CDK cannot fingerprint the molecule (the message says why)
     */
    public float[] compute(IAtomContainer molecule) {
        Objects.requireNonNull(molecule, "molecule");
        double[] values = switch (this) {
            case ECFP4 -> Fingerprints.of(FingerprintType.ECFP4).vector(molecule, false);
            case ECFP4_COUNTS -> Fingerprints.of(FingerprintType.ECFP4).vector(molecule, true);
            case DESCRIPTORS -> new Descriptors().compute(molecule);
            case CDK_2D -> new Cdk2dDescriptors().compute(molecule);
        };
        float[] features = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            // an infinite descriptor (a division by zero inside CDK) is as unknown as a failed one
            features[i] = Double.isFinite(values[i]) ? (float) values[i] : Float.NaN;
        }
        return features;
    }

    /** The features of every set in {@code sets}, one after the other; empty for no sets. */
    public static float[] concatenated(List<MoleculeFeatures> sets, IAtomContainer molecule) {
        float[] joined = new float[totalSize(sets)];
        int offset = 0;
        for (MoleculeFeatures set : sets) {
            float[] part = set.compute(molecule);
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }

    public static int totalSize(List<MoleculeFeatures> sets) {
        return sets.stream().mapToInt(MoleculeFeatures::size).sum();
    }

    /**
     * The sets of a comma-separated list such as {@code ecfp4_counts,descriptors}; "none" or blank is no set.
     *
     * @throws IllegalArgumentException naming an unknown or repeated set
     */
    public static List<MoleculeFeatures> parseList(String labels) {
        if (labels == null || labels.isBlank() || labels.trim().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<MoleculeFeatures> sets = new ArrayList<>();
        for (String label : labels.split(",")) {
            MoleculeFeatures set = parse(label);
            if (sets.contains(set)) {
                throw new IllegalArgumentException("molecule features '" + set.label() + "' are named twice");
            }
            sets.add(set);
        }
        return List.copyOf(sets);
    }

    /**
     * The set a user named, case-insensitively.
     *
     * @throws IllegalArgumentException naming the known sets
     */
    public static MoleculeFeatures parse(String label) {
        for (MoleculeFeatures set : values()) {
            if (set.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return set;
            }
        }
        throw new IllegalArgumentException("unknown molecule features '" + label + "'; use ecfp4, ecfp4_counts, "
                + "descriptors or cdk_2d");
    }
}
