package org.molfuse.core.chem;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads SMILES of the shared datasets, which stay outside the repository: {@code -Dmolfuse.datasets=DIR}, else the
 * first {@code shared/datasets} found beside the working directory or one of its parents.
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    public static Path directory() {
        String configured = System.getProperty("molfuse.datasets");
        if (configured != null) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("datasets");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/datasets not found above " + Paths.get("").toAbsolutePath()
                + "; set -Dmolfuse.datasets=DIR");
    }

    /** The given column of every data row, in file order (0-based data-row index = list index). */
    public static List<String> column(String file, String column) throws IOException {
        List<String> values = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(directory().resolve(file), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader)) {
                values.add(record.get(column).strip());
            }
        }
        return values;
    }

    /** The records of a committed fixture under /fixtures, skipping its '#' comment header. */
    static List<CSVRecord> fixture(String name) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(
                SharedDatasets.class.getResourceAsStream("/fixtures/" + name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').build()
                    .parse(reader).getRecords();
        }
    }
}
