package org.molfuse.core.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.molfuse.core.chem.GraphFeaturizer;
import org.molfuse.core.chem.MoleculeFeatures;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.train.TargetScaler;

/**
 * How a model's molecules were standardized and featurized, stored in its bundle so that prediction sees molecules
 * exactly as training did.
 *
 * @param features               "chemprop" (133 atom + 14 bond features) or "ogb" (9 + 3 integer categories)
 * @param standardizer           the standardization options
 * @param moleculeFeatures       whole-molecule features joined to the graph vector; empty for none
 * @param moleculeFeatureScaler  standardization of those features fitted on the training molecules; null before
 *                               training and without molecule features
 */
public record GraphFeaturizerSpec(String features, StandardizerOptions standardizer,
        List<MoleculeFeatures> moleculeFeatures, TargetScaler moleculeFeatureScaler) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public GraphFeaturizerSpec {
        if (!"chemprop".equals(features) && !"ogb".equals(features)) {
            throw new IllegalArgumentException("features must be chemprop or ogb, got " + features);
        }
        if (standardizer == null) {
            throw new IllegalArgumentException("standardizer options are missing");
        }
        // bundles written before molecule features existed have neither field
        moleculeFeatures = moleculeFeatures == null ? List.of() : List.copyOf(moleculeFeatures);
        if (moleculeFeatureScaler != null
                && moleculeFeatureScaler.taskCount() != MoleculeFeatures.totalSize(moleculeFeatures)) {
            throw new IllegalArgumentException("the molecule feature scaler has " + moleculeFeatureScaler.taskCount()
                    + " columns but " + moleculeFeatures + " give " + MoleculeFeatures.totalSize(moleculeFeatures));
        }
    }

    /** Graph features only. */
    public GraphFeaturizerSpec(String features, StandardizerOptions standardizer) {
        this(features, standardizer, List.of(), null);
    }

    public static GraphFeaturizerSpec chemprop() {
        return new GraphFeaturizerSpec("chemprop", StandardizerOptions.defaults());
    }

    public GraphFeaturizer featurizer() {
        return "chemprop".equals(features) ? GraphFeaturizer.chemprop() : GraphFeaturizer.ogb();
    }

    /** Length of the whole-molecule feature vector; 0 without molecule features. */
    public int moleculeFeatureSize() {
        return MoleculeFeatures.totalSize(moleculeFeatures);
    }

    /** This spec with the molecule features' scaler fitted on the training molecules. */
    public GraphFeaturizerSpec withMoleculeFeatureScaler(TargetScaler scaler) {
        return new GraphFeaturizerSpec(features, standardizer, moleculeFeatures, scaler);
    }

    public MoleculeStandardizer newStandardizer() {
        return new MoleculeStandardizer(standardizer);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the featurizer as JSON", e);
        }
    }

    public static GraphFeaturizerSpec fromJson(String json) {
        try {
            return JSON.readValue(json, GraphFeaturizerSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a graph featurizer description: " + e.getOriginalMessage(), e);
        }
    }
}
