package org.molfuse.core.data;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads and writes tables as CSV or TSV files (plain or {@code .gz}). Reading yields STRING columns; convert them
 * with {@link DoubleColumn#parse(StringColumn)} and friends. See {@link CsvRows} for the header rules and
 * {@link CsvReadOptions} for how the delimiter follows the file name.
 *
 * <p>Writing uses each column's {@link Column#format(int)}: DOUBLE as {@link NumberText#format(double)} (reads back to
 * the identical double), missing cells as empty cells, BYTES as base64, GRAPH as compact JSON. A fixed-length
 * DOUBLE_VECTOR spreads over one column per element, named by its element names or {@code name_0 .. name_{k-1}};
 * a variable-length one stays one column of space-separated numbers. Two things do not survive a round trip, as in
 * any CSV: a NaN value is written as {@code NaN} and reads back as missing, and an empty string reads back as
 * missing.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** Reads the whole file, with delimiter and quoting chosen from the file name. */
    public static Table read(Path file) throws IOException {
        return read(file, CsvReadOptions.byExtension());
    }

    /**
     * Reads the whole file into STRING columns, one per header name; empty cells become missing cells. A file with
     * only a header gives a table of 0 rows.
     */
    public static Table read(Path file, CsvReadOptions options) throws IOException {
        try (CsvRows rows = CsvRows.open(file, options)) {
            return rows.nextBatch(Integer.MAX_VALUE);
        }
    }

    /** Opens the file for reading row by row or batch by batch; the caller closes it. */
    public static CsvRows stream(Path file, CsvReadOptions options) throws IOException {
        return CsvRows.open(file, options);
    }

    /**
     * Writes {@code table} as TSV when the name ends in {@code .tsv}, {@code .tab} or {@code .txt} (before an
     * optional {@code .gz}), else as CSV. The file is written beside the target and moved into place when complete,
     * so a failure never leaves a half-written file.
     *
     * @throws IllegalArgumentException naming the row and column of a cell that TSV cannot hold (a tab or line
     *     break), or of a missing cell in a one-column TSV (it would be a blank line, which readers skip)
     */
    public static void write(Table table, Path file) throws IOException {
        try (Writer writer = writer(file)) {
            writer.append(table);
            writer.commit();
        }
    }

    /** Opens a writer that takes the table batch by batch, for files too big to hold; see {@link Writer}. */
    public static Writer writer(Path file) throws IOException {
        return new Writer(file);
    }

    /**
     * Writes a table in batches of rows under one header, in the format {@link #write(Table, Path)} describes. The
     * file appears only when {@link #commit()} is called; closing without it discards what was written, so a run
     * that fails halfway leaves no partial file. Every batch must produce the same output columns as the first.
     */
    public static final class Writer implements Closeable {
        private final Path file;
        private final Path temp;
        private final boolean tab;
        private final CSVPrinter printer;
        private List<String> header;
        private int rowsWritten;
        private boolean committed;

        private Writer(Path file) throws IOException {
            this.file = file;
            this.tab = CsvReadOptions.isTabSeparated(file);
            CSVFormat format = CSVFormat.Builder.create()
                    .setDelimiter(tab ? '\t' : ',')
                    .setQuote(tab ? null : Character.valueOf('"'))
                    .setRecordSeparator("\n")
                    .build();
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            // not Files.createTempFile: its owner-only permissions would stay on the file after the move
            this.temp = directory.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".part");
            OutputStream out = open(temp, CsvReadOptions.isGzip(file));
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                    format);
        }

        /** Appends the rows of {@code batch}; the first batch also writes the header. */
        public void append(Table batch) throws IOException {
            List<OutputField> fields = outputFields(batch);
            List<String> names = fields.stream().map(OutputField::name).toList();
            if (header == null) {
                header = names;
                printer.printRecord(header);
            } else if (!header.equals(names)) {
                throw new IllegalArgumentException("a batch written to " + file + " has columns " + names
                        + " but the file's header is " + header);
            }
            String[] cells = new String[fields.size()];
            for (int row = 0; row < batch.rowCount(); row++) {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = fields.get(i).text().apply(row);
                    if (tab) {
                        checkTabCell(cells[i], fields.get(i), rowsWritten + row, cells.length);
                    }
                }
                printer.printRecord((Object[]) cells);
            }
            rowsWritten += batch.rowCount();
        }

        /** Finishes the file and moves it into place. */
        public void commit() throws IOException {
            printer.close();
            moveIntoPlace(temp, file);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    printer.close();
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void checkTabCell(String cell, OutputField field, int row, int fieldCount) {
        if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("row " + (row + 1) + " of column '" + field.name()
                    + "' contains a tab or line break, which a TSV file cannot hold; write CSV instead");
        }
        if (fieldCount == 1 && cell.isEmpty()) {
            throw new IllegalArgumentException("row " + (row + 1) + " of the only column '" + field.name()
                    + "' is missing and would be a blank line, which readers skip; write CSV instead");
        }
    }

    /** One output column: its header name and the text of each row. */
    private record OutputField(String name, IntFunction<String> text) {
    }

    private static List<OutputField> outputFields(Table table) {
        List<OutputField> fields = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Column column : table.columns()) {
            if (!isExpanded(column)) {
                taken.add(column.name());
            }
        }
        for (Column column : table.columns()) {
            if (isExpanded(column)) {
                DoubleVectorColumn vectors = (DoubleVectorColumn) column;
                for (int element = 0; element < vectors.fixedLength(); element++) {
                    String elementName = vectors.elementNames().isEmpty()
                            ? column.name() + "_" + element : vectors.elementNames().get(element);
                    String name = ColumnNames.unique(elementName, taken);
                    taken.add(name);
                    int index = element;
                    fields.add(new OutputField(name, row -> vectors.isMissing(row)
                            ? "" : NumberText.format(vectors.getElement(row, index))));
                }
            } else {
                fields.add(new OutputField(column.name(), column::format));
            }
        }
        return fields;
    }

    /** Whether a column is written as one output column per vector element. */
    private static boolean isExpanded(Column column) {
        return column instanceof DoubleVectorColumn vectors
                && vectors.fixedLength() != DoubleVectorColumn.VARIABLE_LENGTH;
    }
}
