package org.molfuse.core.operator.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.molfuse.core.data.Column;
import org.molfuse.core.data.CsvTables;
import org.molfuse.core.data.DatasetRegistry;
import org.molfuse.core.data.DatasetResolver;
import org.molfuse.core.data.DatasetSpec;
import org.molfuse.core.data.DoubleColumn;
import org.molfuse.core.data.StringColumn;
import org.molfuse.core.data.Table;
import org.molfuse.core.operator.ExecutionControl;
import org.molfuse.core.operator.InvalidParameterException;
import org.molfuse.core.operator.Operator;
import org.molfuse.core.operator.OperatorCategory;
import org.molfuse.core.operator.Parameter;
import org.molfuse.core.operator.ParameterValues;
import org.molfuse.core.operator.PortDefinition;
import org.molfuse.core.operator.PortSpec;
import org.molfuse.core.operator.PortValue;
import org.molfuse.core.operator.TableSpec;

/**
 * Reads a MoleculeNet benchmark by name (from $MOLFUSE_DATA_DIR, a shared/datasets folder beside the installation,
 * or a download into the cache) or a CSV/TSV file. Columns whose cells are all numbers become number columns.
 */
public final class DatasetReaderOperator implements Operator {

    static final String DATASET = "dataset";
    static final String FILE = "file";
    static final String FROM_FILE = "file";

    /** Specs of files read at configure, by path, size and modification time: configure runs often. */
    private static final Map<String, TableSpec> SPECS = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "Dataset Reader";
    }

    @Override
    public OperatorCategory category() {
        return OperatorCategory.DATA;
    }

    @Override
    public String summary() {
        return "Reads a MoleculeNet benchmark dataset by name, or a CSV/TSV file of molecules.";
    }

    @Override
    public List<PortDefinition> inputs() {
        return List.of();
    }

    @Override
    public List<PortDefinition> outputs() {
        return List.of(PortDefinition.table("Molecules", "Every row and column of the dataset."));
    }

    @Override
    public List<Parameter> parameters() {
        List<String> choices = new ArrayList<>(DatasetRegistry.names());
        choices.add(FROM_FILE);
        return List.of(
                new Parameter.Choice(DATASET, "Dataset",
                        "A MoleculeNet benchmark by name, or 'file' to read the file below.", "esol", choices),
                new Parameter.FilePath(FILE, "File",
                        "A CSV or TSV file (optionally .gz) with a header row, read when Dataset is 'file'.",
                        List.of("csv", "tsv", "txt", "csv.gz", "tsv.gz")));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inputs, ParameterValues values) {
        try {
            Optional<Path> local = locate(values, false);
            if (local.isEmpty()) {
                // a dataset that still has to be downloaded is known only after execution
                return Collections.singletonList(null);
            }
            Path file = local.get();
            String key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file)
                    .to(TimeUnit.MILLISECONDS);
            TableSpec spec = SPECS.get(key);
            if (spec == null) {
                spec = TableSpec.of(read(file));
                SPECS.put(key, spec);
            }
            return List.of(spec);
        } catch (IOException e) {
            throw new InvalidParameterException("cannot read the dataset: " + e.getMessage());
        }
    }

    @Override
    public List<PortValue> execute(List<PortValue> inputs, ParameterValues values, ExecutionControl control)
            throws IOException {
        control.progress(0, "locating the dataset");
        Path file = locate(values, true).orElseThrow();
        control.progress(0.2, "reading " + file.getFileName());
        return List.of(PortValue.of(read(file)));
    }

    /** The file to read; a named dataset not found locally is downloaded only if {@code download}. */
    private static Optional<Path> locate(ParameterValues values, boolean download) throws IOException {
        String dataset = values.string(DATASET);
        if (!FROM_FILE.equals(dataset)) {
            DatasetResolver resolver = DatasetResolver.fromEnvironment(
                    Path.of(System.getProperty("molfuse.home", "")).toAbsolutePath());
            DatasetSpec spec = DatasetRegistry.get(dataset);
            return download ? Optional.of(resolver.resolve(spec)) : resolver.findLocal(spec);
        }
        String file = values.string(FILE);
        if (file.isBlank()) {
            throw new InvalidParameterException(values.parameter(FILE), "choose a file to read (Dataset is 'file')");
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new InvalidParameterException(values.parameter(FILE), "there is no file '" + path.toAbsolutePath()
                    + "'");
        }
        return Optional.of(path);
    }

    /** The file's table with every all-numeric column as numbers. */
    static Table read(Path file) throws IOException {
        Table text = CsvTables.read(file);
        List<Column> columns = new ArrayList<>();
        for (Column column : text.columns()) {
            columns.add(numbersIfAll((StringColumn) column).orElse(column));
        }
        return Table.of(columns);
    }

    private static Optional<Column> numbersIfAll(StringColumn column) {
        if (column.missingCount() == column.size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DoubleColumn.parse(column));
        } catch (IllegalArgumentException notAllNumbers) {
            return Optional.empty();
        }
    }
}
