package org.molfuse.core.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.molfuse.core.chem.GraphFeaturizer;
import org.molfuse.core.chem.MoleculeStandardizer;
import org.molfuse.core.chem.StandardizerOptions;

/**
 * How a model's molecules were standardized and featurized, stored in its bundle so that prediction sees molecules
 * exactly as training did.
 *
 * @param features     "chemprop" (133 atom + 14 bond features) or "ogb" (9 + 3 integer categories)
 * @param standardizer the standardization options
 */
public record GraphFeaturizerSpec(String features, StandardizerOptions standardizer) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public GraphFeaturizerSpec {
        if (!"chemprop".equals(features) && !"ogb".equals(features)) {
            throw new IllegalArgumentException("features must be chemprop or ogb, got " + features);
        }
        if (standardizer == null) {
            throw new IllegalArgumentException("standardizer options are missing");
        }
    }

    public static GraphFeaturizerSpec chemprop() {
        return new GraphFeaturizerSpec("chemprop", StandardizerOptions.defaults());
    }

    public GraphFeaturizer featurizer() {
        return "chemprop".equals(features) ? GraphFeaturizer.chemprop() : GraphFeaturizer.ogb();
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
