package org.molfuse.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.molfuse.core.chem.MoleculeGraph;

/** A column of featurized molecule graphs; a null cell is missing (for example a SMILES that did not parse). */
public final class GraphColumn extends Column {

    private final MoleculeGraph[] values;

    private GraphColumn(String name, MoleculeGraph[] values, Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.values = values;
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
    public ColumnType type() {
        return ColumnType.GRAPH;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        checkRow(row);
        return values[row] == null;
    }

    /** A present graph; throws {@link IllegalStateException} naming the row when it is missing. */
    public MoleculeGraph getGraph(int row) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
        return values[row];
    }

    @Override
    public MoleculeGraph get(int row) {
        checkRow(row);
        return values[row];
    }

    /** Compact JSON of the graph record (see {@link #parseJson(StringColumn)}). */
    @Override
    public String format(int row) {
        return isMissing(row) ? "" : GraphJson.write(values[row]);
    }

    @Override
    public GraphColumn select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        MoleculeGraph[] selected = new MoleculeGraph[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new GraphColumn(name(), selected, reasons);
    }

    @Override
    public GraphColumn renamed(String newName) {
        return new GraphColumn(newName, values, missingReasons());
    }

    /** Appends graphs one by one. */
    public static final class Builder extends Column.Builder<GraphColumn> {
        private final List<MoleculeGraph> values = new ArrayList<>();

        private Builder(String name) {
            super(name);
        }

        /** Appends a graph; null appends a missing cell. */
        public Builder add(MoleculeGraph graph) {
            values.add(graph);
            size++;
            return this;
        }

        public Builder addMissing() {
            return addMissing(null);
        }

        public Builder addMissing(String reason) {
            noteMissing(reason);
            return add(null);
        }

        @Override
        public GraphColumn build() {
            return new GraphColumn(name, values.toArray(new MoleculeGraph[0]), reasons);
        }
    }
}
