package org.molfuse.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads a dataset by registry name ({@code esol}, ...) or from any CSV/TSV path, the way a command line's
 * {@code --dataset}, {@code --smiles-column} and {@code --task} options describe it.
 */
public final class DatasetLoader {

    private final DatasetResolver resolver;

    public DatasetLoader(DatasetResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Loads a dataset.
     *
     * <p>A registry name (any case) takes its file, SMILES column and tasks from {@link DatasetRegistry}; a given
     * SMILES column or non-empty task list overrides the registry's (for example {@code bace} with
     * {@code pIC50:regression}). Anything else is read as a file path; its SMILES column defaults to the one column
     * named {@code smiles} in any case, and its tasks default to none (an unlabeled corpus).
     *
     * @throws IllegalArgumentException when the name is neither registered nor a file, or when the SMILES or a task
     *     column is not in the file (the message lists the columns that are)
     * @throws IOException when the file cannot be found, downloaded or read
     */
    public Dataset load(String nameOrPath, Optional<String> smilesColumn, List<TaskSpec> tasks) throws IOException {
        Optional<DatasetSpec> registered = DatasetRegistry.find(nameOrPath);
        if (registered.isPresent()) {
            DatasetSpec spec = registered.get();
            if (smilesColumn.isPresent()) {
                spec = spec.withSmilesColumn(smilesColumn.get());
            }
            if (!tasks.isEmpty()) {
                spec = spec.withTasks(tasks);
            }
            Path file = resolver.resolve(spec);
            return checked(spec, file, CsvTables.read(file));
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + nameOrPath + "' is neither a registered dataset ("
                    + String.join(", ", DatasetRegistry.names()) + ") nor an existing file");
        }
        Table table = CsvTables.read(file);
        String smiles = smilesColumn.orElseGet(() -> guessSmilesColumn(file, table));
        DatasetSpec spec = new DatasetSpec(file.getFileName().toString(), file.getFileName().toString(), smiles,
                tasks, null);
        return checked(spec, file, table);
    }

    private static String guessSmilesColumn(Path file, Table table) {
        List<String> matches = new ArrayList<>();
        for (String name : table.columnNames()) {
            if (name.trim().toLowerCase(Locale.ROOT).equals("smiles")) {
                matches.add(name);
            }
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException("No SMILES column given for " + file + " and "
                    + (matches.isEmpty() ? "none" : "more than one") + " of its columns is named 'smiles'; "
                    + "name it with --smiles-column. Available columns: " + table.columnNames());
        }
        return matches.get(0);
    }

    private static Dataset checked(DatasetSpec spec, Path file, Table table) {
        requireColumn(spec, file, table, spec.smilesColumn(), "SMILES");
        for (TaskSpec task : spec.tasks()) {
            requireColumn(spec, file, table, task.column(), "task");
        }
        return new Dataset(spec, file, table);
    }

    private static void requireColumn(DatasetSpec spec, Path file, Table table, String column, String role) {
        if (!table.hasColumn(column)) {
            throw new IllegalArgumentException("Dataset '" + spec.name() + "' (" + file + ") has no " + role
                    + " column '" + column + "'. Available columns: " + table.columnNames());
        }
    }
}
