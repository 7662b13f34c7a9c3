package org.molfuse.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.molfuse.core.chem.MoleculeGraph;

/**
 * Compact JSON of a {@link MoleculeGraph}: one object with the record's components as fields, e.g.
 * {@code {"numAtoms":2,"atomFeatureSize":1,"atomFeatures":[6.0,8.0],"edgeSources":[0,1],...}}.
 * Floats are written with {@link Float#toString(float)}, so they read back exactly.
 */
final class GraphJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GraphJson() {
    }

    static String write(MoleculeGraph graph) {
        try {
            return MAPPER.writeValueAsString(graph);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a molecule graph as JSON", e);
        }
    }

    /** Reads a graph; the record's own checks run, so inconsistent arrays are rejected with its message. */
    static MoleculeGraph read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, MoleculeGraph.class);
    }
}
