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
        DatasetSource source = locate(nameOrPath, smilesColumn, tasks);
        return new Dataset(source.spec(), source.file(), CsvTables.read(source.file()));
    }

    /**
     * Finds the file and checks its header like {@link #load}, without reading the rows: for streaming through
     * files too big to hold ({@link CsvTables#stream}).
     */
    public DatasetSource locate(String nameOrPath, Optional<String> smilesColumn, List<TaskSpec> tasks)
            throws IOException {
        Optional<DatasetSpec> registered = DatasetRegistry.find(nameOrPath);
        DatasetSpec spec;
        Path file;
        List<String> columns;
        if (registered.isPresent()) {
            spec = registered.get();
            if (smilesColumn.isPresent()) {
                spec = spec.withSmilesColumn(smilesColumn.get());
            }
            if (!tasks.isEmpty()) {
                spec = spec.withTasks(tasks);
            }
            file = resolver.resolve(spec);
            columns = header(file);
        } else {
            file = Path.of(nameOrPath);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("'" + nameOrPath + "' is neither a registered dataset ("
                        + String.join(", ", DatasetRegistry.names()) + ") nor an existing file");
            }
            columns = header(file);
            String smiles = smilesColumn.orElseGet(() -> guessSmilesColumn(file, columns));
            spec = new DatasetSpec(file.getFileName().toString(), file.getFileName().toString(), smiles, tasks, null);
        }
        requireColumn(spec, file, columns, spec.smilesColumn(), "SMILES");
        for (TaskSpec task : spec.tasks()) {
            requireColumn(spec, file, columns, task.column(), "task");
        }
        return new DatasetSource(spec, file, columns);
    }

    /** A located dataset: its spec (columns checked against the header), file and header names. */
    public record DatasetSource(DatasetSpec spec, Path file, List<String> columnNames) {
    }

    private static List<String> header(Path file) throws IOException {
        try (CsvRows rows = CsvTables.stream(file, CsvReadOptions.byExtension())) {
            return rows.columnNames();
        }
    }

    private static String guessSmilesColumn(Path file, List<String> columns) {
        List<String> matches = new ArrayList<>();
        for (String name : columns) {
            if (name.trim().toLowerCase(Locale.ROOT).equals("smiles")) {
                matches.add(name);
            }
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException("No SMILES column given for " + file + " and "
                    + (matches.isEmpty() ? "none" : "more than one") + " of its columns is named 'smiles'; "
                    + "name it with --smiles-column. Available columns: " + columns);
        }
        return matches.get(0);
    }

    private static void requireColumn(DatasetSpec spec, Path file, List<String> columns, String column, String role) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("Dataset '" + spec.name() + "' (" + file + ") has no " + role
                    + " column '" + column + "'. Available columns: " + columns);
        }
    }
}
