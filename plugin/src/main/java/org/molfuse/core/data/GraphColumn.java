package org.molfuse.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.molfuse.core.chem.MoleculeGraph;

/** A column of featurized molecule graphs; a null cell is missing (for example a SMILES that did not parse). */
public final class GraphColumn extends ObjectColumn<MoleculeGraph, GraphColumn> {

    private GraphColumn(String name, MoleculeGraph[] values, Map<Integer, String> missingReasons) {
        super(name, values, missingReasons);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Reads graphs from the JSON text that {@link #format(int)} writes; empty and missing cells stay missing.
     *
     * @throws IllegalArgumentException naming the row (from 1) and the column of a cell that is not a graph
     */
    public static GraphColumn parseJson(StringColumn source) {
        Builder builder = builder(source.name());
        for (int row = 0; row < source.size(); row++) {
            String text = source.get(row);
            if (text == null || text.isBlank()) {
                builder.addMissing(source.missingReason(row).orElse(null));
                continue;
            }
            try {
                builder.add(GraphJson.read(text));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                String problem = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
                throw new IllegalArgumentException(
                        "Cannot read " + source.describe(row) + " as a molecule graph: " + problem, e);
            }
        }
        return builder.build();
    }

    @Override
    GraphColumn withCells(String name, MoleculeGraph[] cells, Map<Integer, String> missingReasons) {
        return new GraphColumn(name, cells, missingReasons);
    }

    @Override
    public ColumnType type() {
        return ColumnType.GRAPH;
    }

    /** A present graph; throws {@link IllegalStateException} naming the row when it is missing. */
    public MoleculeGraph getGraph(int row) {
        return getPresent(row);
    }

    /** Compact JSON of the graph record (see {@link #parseJson(StringColumn)}). */
    @Override
    public String format(int row) {
        return isMissing(row) ? "" : GraphJson.write(storedPresent(row));
    }

    /** Appends graphs one by one; null appends a missing cell. */
    public static final class Builder extends ObjectColumn.Builder<MoleculeGraph, GraphColumn, Builder> {

        private Builder(String name) {
            super(name);
        }

        @Override
        public GraphColumn build() {
            return new GraphColumn(name, cells(MoleculeGraph[]::new), reasons);
        }
    }
}
