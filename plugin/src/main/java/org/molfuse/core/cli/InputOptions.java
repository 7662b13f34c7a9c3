package org.molfuse.core.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.molfuse.core.data.Dataset;
import org.molfuse.core.data.DatasetLoader;
import org.molfuse.core.data.DatasetResolver;
import org.molfuse.core.data.TaskSpec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command reads molecules from: a CSV/TSV file or a MoleculeNet name, plus the SMILES and task columns. */
final class InputOptions {

    static final class Source {
        @Option(names = "--input", paramLabel = "FILE", required = true,
                description = "CSV or TSV file (.gz allowed) with a header row.")
        Path input;

        @Option(names = "--dataset", paramLabel = "NAME", required = true,
                description = "A MoleculeNet name instead of a file: esol, freesolv, lipophilicity, bbbp, bace, "
                        + "clintox, tox21, sider, hiv, qm9 (see 'molfuse datasets').")
        String dataset;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--smiles-column", paramLabel = "COLUMN",
            description = "Column holding the SMILES. Default: the dataset's, or a column named 'smiles'.")
    String smilesColumn;

    @Option(names = "--task", paramLabel = "COLUMN:TYPE",
            description = "A label column and its type, regression or classification; repeat for several tasks. "
                    + "Default: the dataset's tasks.")
    List<String> tasks = new ArrayList<>();

    /** The same choices made in code, for commands whose own options differ (benchmark's --data). */
    static InputOptions of(String dataset, Path input, String smilesColumn, List<String> tasks) {
        InputOptions options = new InputOptions();
        options.source = new Source();
        options.source.dataset = dataset;
        options.source.input = input;
        options.smilesColumn = smilesColumn;
        options.tasks = tasks;
        return options;
    }

    /** Resolves data sets relative to the checkout the launcher runs from ({@code molfuse.home}), else the working directory. */
    static DatasetResolver resolver() {
        return DatasetResolver.fromEnvironment(Path.of(System.getProperty("molfuse.home", "")).toAbsolutePath());
    }

    /** The file and its checked columns, without reading rows (for streaming). */
    DatasetLoader.DatasetSource locate() throws IOException {
        return new DatasetLoader(resolver()).locate(nameOrPath(), Optional.ofNullable(smilesColumn), taskSpecs());
    }

    Dataset load() throws IOException {
        return new DatasetLoader(resolver()).load(nameOrPath(), Optional.ofNullable(smilesColumn), taskSpecs());
    }

    private String nameOrPath() {
        return source.dataset != null ? source.dataset : source.input.toString();
    }

    private List<TaskSpec> taskSpecs() {
        return tasks.stream().map(TaskSpec::parse).toList();
    }
}
