package org.molfuse.core.data;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited file row by row without loading it, as single {@link CsvRow}s or as {@link Table}s of a few
 * rows. Close it when done (try-with-resources).
 *
 * <p>The first line is the header. An empty or blank header name becomes {@code "Unnamed: i"} (i counted from 0, as
 * pandas names a saved index column); a repeated name gets KNIME's {@code " (#1)"} suffix. Blank lines are skipped.
 * A row whose number of cells differs from the header's fails with a message naming the file and line. Files ending
 * in {@code .gz} are decompressed on the fly. Text is UTF-8; a leading byte-order mark is dropped.
 */
public final class CsvRows implements Iterator<CsvRow>, Closeable {

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> columnNames;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private CsvRow pending;

    private CsvRows(Path file, CSVParser parser) throws IOException {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        CSVRecord header = nextRecord();
        if (header == null) {
            throw new IOException(file + " is empty: a header row with the column names is required");
        }
        this.columnNames = headerNames(header);
        for (int i = 0; i < columnNames.size(); i++) {
            columnIndex.put(columnNames.get(i), i);
        }
    }

    /** Opens {@code file} and reads its header. */
    public static CsvRows open(Path file, CsvReadOptions options) throws IOException {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(options.delimiterFor(file))
                .setQuote(options.quotingFor(file) ? Character.valueOf('"') : null)
                .setIgnoreEmptyLines(true)
                .build();
        InputStream in = Files.newInputStream(file);
        try {
            if (CsvReadOptions.isGzip(file)) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            CSVParser parser = CSVParser.parse(reader, format);
            try {
                return new CsvRows(file, parser);
            } catch (IOException | RuntimeException e) {
                parser.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The header, after renaming empty and repeated names. */
    public List<String> columnNames() {
        return columnNames;
    }

    /**
     * Whether another row follows.
     *
     * @throws UncheckedIOException for a read error or a malformed row, naming the file and line
     */
    @Override
    public boolean hasNext() {
        if (pending == null) {
            try {
                pending = readRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pending != null;
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows in " + file);
        }
        CsvRow row = pending;
        pending = null;
        return row;
    }

    /**
     * The next up to {@code maxRows} rows as a table of STRING columns (empty cells become missing cells); a table of
     * 0 rows once the file is exhausted.
     */
    public Table nextBatch(int maxRows) throws IOException {
        if (maxRows < 1) {
            throw new IllegalArgumentException("a batch needs at least 1 row, got " + maxRows);
        }
        List<StringColumn.Builder> builders = new ArrayList<>(columnNames.size());
        for (String name : columnNames) {
            builders.add(StringColumn.builder(name));
        }
        int rows = 0;
        while (rows < maxRows) {
            CsvRow row = pending != null ? pending : readRow();
            pending = null;
            if (row == null) {
                break;
            }
            for (int i = 0; i < builders.size(); i++) {
                String value = row.get(i);
                builders.get(i).add(value.isEmpty() ? null : value);
            }
            rows++;
        }
        List<StringColumn> columns = new ArrayList<>(builders.size());
        for (StringColumn.Builder builder : builders) {
            columns.add(builder.build());
        }
        return Table.of(columns);
    }

    /** The remaining rows as a sequential stream; closing the stream closes the file. */
    public Stream<CsvRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private CsvRow readRow() throws IOException {
        CSVRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        long line = parser.getCurrentLineNumber();
        long dataRow = record.getRecordNumber() - 1;
        if (record.size() != columnNames.size()) {
            throw new IOException(file + ": line " + line + " (data row " + dataRow + ") has " + record.size()
                    + " cells but the header has " + columnNames.size() + " columns " + columnNames);
        }
        return new CsvRow(columnNames, columnIndex, record.values(), dataRow, line);
    }

    private CSVRecord nextRecord() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw new IOException(file + ": malformed text after line " + parser.getCurrentLineNumber() + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private static List<String> headerNames(CSVRecord header) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (name.isBlank()) {
                name = "Unnamed: " + i;
            }
            name = ColumnNames.unique(name, taken);
            taken.add(name);
            names.add(name);
        }
        return List.copyOf(names);
    }
}
