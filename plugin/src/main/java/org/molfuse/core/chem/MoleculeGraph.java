package org.molfuse.core.chem;

import java.util.Objects;

/**
 * One molecule as a featurized graph: row-major atom features, directed edges and per-edge bond features.
 *
 * <p>Each bond appears as two directed edges stored next to each other: edge {@code 2k} runs {@code a -> b} and
 * edge {@code 2k + 1} runs {@code b -> a}, so {@link #reverseEdge(int)} is {@code e ^ 1}. D-MPNN needs that pairing
 * to exclude the reverse message; every other layer simply sees both directions.
 */
public record MoleculeGraph(
        int numAtoms,
        int atomFeatureSize,
        float[] atomFeatures,
        int[] edgeSources,
        int[] edgeTargets,
        int bondFeatureSize,
        float[] bondFeatures) {

    public MoleculeGraph {
        Objects.requireNonNull(atomFeatures, "atomFeatures");
        Objects.requireNonNull(edgeSources, "edgeSources");
        Objects.requireNonNull(edgeTargets, "edgeTargets");
        Objects.requireNonNull(bondFeatures, "bondFeatures");
        if (atomFeatures.length != numAtoms * atomFeatureSize) {
            throw new IllegalArgumentException("atomFeatures has " + atomFeatures.length + " values, expected "
                    + numAtoms + " atoms x " + atomFeatureSize);
        }
        if (edgeSources.length != edgeTargets.length || edgeSources.length % 2 != 0) {
            throw new IllegalArgumentException("edges must come in reverse pairs with as many sources as targets");
        }
        if (bondFeatures.length != edgeSources.length * bondFeatureSize) {
            throw new IllegalArgumentException("bondFeatures has " + bondFeatures.length + " values, expected "
                    + edgeSources.length + " edges x " + bondFeatureSize);
        }
    }

    public int numEdges() {
        return edgeSources.length;
    }

    public static int reverseEdge(int edge) {
        return edge ^ 1;
    }

    public float atomFeature(int atom, int feature) {
        return atomFeatures[atom * atomFeatureSize + feature];
    }

    public float bondFeature(int edge, int feature) {
        return bondFeatures[edge * bondFeatureSize + feature];
    }
}
