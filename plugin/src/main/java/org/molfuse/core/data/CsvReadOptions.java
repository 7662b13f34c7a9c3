package org.molfuse.core.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How to split a delimited text file into cells. Anything not set follows the file name:
 * {@code .tsv}, {@code .tab} and {@code .txt} (optionally followed by {@code .gz}) are tab-separated without quote
 * handling, because tab files such as ChEBI-20 carry literal quote characters in their text; every other file is
 * RFC 4180 CSV (comma, double quotes).
 */
public final class CsvReadOptions {

    private static final CsvReadOptions BY_EXTENSION = new CsvReadOptions(null, null);

    private final Character delimiter;
    private final Boolean quoting;

    private CsvReadOptions(Character delimiter, Boolean quoting) {
        this.delimiter = delimiter;
        this.quoting = quoting;
    }

    /** Delimiter and quoting chosen from the file name. */
    public static CsvReadOptions byExtension() {
        return BY_EXTENSION;
    }

    /** Uses {@code delimiter}; quoting then defaults to on for every delimiter except tab. */
    public CsvReadOptions withDelimiter(char delimiter) {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("'" + delimiter + "' cannot be a delimiter");
        }
        return new CsvReadOptions(delimiter, quoting);
    }

    /** Whether double quotes enclose cells (CSV) or are ordinary characters (plain TSV). */
    public CsvReadOptions withQuoting(boolean quoting) {
        return new CsvReadOptions(delimiter, quoting);
    }

    public Optional<Character> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    public Optional<Boolean> quoting() {
        return Optional.ofNullable(quoting);
    }

    char delimiterFor(Path file) {
        if (delimiter != null) {
            return delimiter;
        }
        return isTabSeparated(file) ? '\t' : ',';
    }

    boolean quotingFor(Path file) {
        if (quoting != null) {
            return quoting;
        }
        return delimiterFor(file) != '\t';
    }

    static boolean isTabSeparated(Path file) {
        String name = baseName(file);
        return name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt");
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    @Override
    public String toString() {
        return "CsvReadOptions[delimiter=" + (delimiter == null ? "by extension" : "'" + delimiter + "'")
                + ", quoting=" + (quoting == null ? "by delimiter" : quoting) + "]";
    }
}
