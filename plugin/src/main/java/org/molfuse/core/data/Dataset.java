package org.molfuse.core.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A loaded dataset: its spec (SMILES column and tasks, both checked to exist), the file it came from and its
 * table of STRING columns as read.
 */
public record Dataset(DatasetSpec spec, Path file, Table table) {

    public Dataset {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(table, "table");
    }

    public StringColumn smiles() {
        return table.stringColumn(spec.smilesColumn());
    }

    /**
     * The task's labels as numbers. Unparseable labels become missing cells whose reason quotes the text, so that
     * one bad row never fails a whole training run; check {@link Column#missingCount()} when that matters.
     */
    public DoubleColumn taskValues(TaskSpec task) {
        return DoubleColumn.parseLenient(table.stringColumn(task.column()));
    }
}
