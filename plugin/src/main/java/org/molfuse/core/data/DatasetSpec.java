package org.molfuse.core.data;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where a dataset lives and which of its columns matter.
 *
 * @param name short name, e.g. {@code esol}
 * @param fileName the file name looked for in local data folders
 * @param smilesColumn the column holding one SMILES per row
 * @param tasks the label columns (empty for an unlabeled corpus)
 * @param url public download address, or null when there is none (a user's own file)
 */
public record DatasetSpec(String name, String fileName, String smilesColumn, List<TaskSpec> tasks, String url) {

    public DatasetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(smilesColumn, "smilesColumn");
        tasks = List.copyOf(tasks);
        if (url != null) {
            URI.create(url);
        }
    }

    /** The file name at the end of {@link #url()} (it may differ from {@link #fileName()}, e.g. by a .gz); or null. */
    public String downloadFileName() {
        if (url == null) {
            return null;
        }
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? fileName : last;
    }

    /** The same dataset with other label columns. */
    public DatasetSpec withTasks(List<TaskSpec> newTasks) {
        return new DatasetSpec(name, fileName, smilesColumn, newTasks, url);
    }

    /** The same dataset with another SMILES column. */
    public DatasetSpec withSmilesColumn(String newSmilesColumn) {
        return new DatasetSpec(name, fileName, newSmilesColumn, tasks, url);
    }
}
