package org.molfuse.core.operator.graphs;

import java.util.List;
import org.molfuse.core.chem.MoleculeGraph;
import org.molfuse.core.chem.StandardizerOptions;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.ColumnType;
import org.molfuse.core.data.GraphColumn;
import org.molfuse.core.data.IntColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.AppendingOperator;
import org.molfuse.core.operator.ColumnSpec;
import org.molfuse.core.operator.CommonParameters;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.ops.GraphFeaturizerSpec;
import org.molfuse.core.ops.MoleculeGraphs;

/** Turns each standardized molecule into a graph of atom and bond feature vectors, as the GNN learners see it. */
public final class GraphBuilderOperator extends AppendingOperator {

    static final String FEATURES = "features";
    static final String GRAPH = "graph";
    static final String ATOMS = "atoms";
    static final String BONDS = "bonds";

    @Override
    public String name() {
        return "Graph Builder";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.GRAPHS;
    }

    @Override
    public String summary() {
        return "Builds molecule graphs with chemprop or OGB atom and bond features from SMILES.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(CommonParameters.smilesColumn(0),
                new Parameter.Choice(FEATURES, "Atom and bond features",
                        "chemprop: 133 one-hot atom features and 14 bond features (chemprop v1); ogb: the 9 atom and "
                                + "3 bond categories of the Open Graph Benchmark.",
                        "chemprop", List.of("chemprop", "ogb")));
    }

    @Override
    protected List<ColumnSpec> appendedColumns(ParameterValues values) {
        return List.of(new ColumnSpec(GRAPH, ColumnType.GRAPH), new ColumnSpec(ATOMS, ColumnType.INT),
                new ColumnSpec(BONDS, ColumnType.INT));
    }

    @Override
    protected List<Column> compute(Table input, ParameterValues values, ExecutionControl control) {
        GraphFeaturizerSpec spec = new GraphFeaturizerSpec(values.string(FEATURES), StandardizerOptions.defaults());
        MoleculeGraphs.Featurized featurized = MoleculeGraphs.featurize(
                input.stringColumn(values.string(CommonParameters.SMILES_COLUMN)), spec,
                control.progressConsumer("building graphs"), control.cancellation());
        GraphColumn.Builder graphs = GraphColumn.builder(input.uniqueName(GRAPH));
        IntColumn.Builder atoms = IntColumn.builder(input.uniqueName(ATOMS));
        IntColumn.Builder bonds = IntColumn.builder(input.uniqueName(BONDS));
        for (int row = 0; row < input.rowCount(); row++) {
            MoleculeGraph graph = featurized.graphs()[row];
            if (graph == null) {
                String reason = featurized.reasons()[row];
                graphs.addMissing(reason);
                atoms.addMissing(reason);
                bonds.addMissing(reason);
            } else {
                graphs.add(graph);
                atoms.add(graph.numAtoms());
                bonds.add(graph.numEdges() / 2);
            }
        }
        return List.of(graphs.build(), atoms.build(), bonds.build());
    }
}
