package org.molfuse.core.data;

import java.util.List;
import java.util.Map;

/** One data row of a delimited file, with lookup by header name. Empty cells are empty strings here. */
public final class CsvRow {

    private final List<String> columnNames;
    private final Map<String, Integer> columnIndex;
    private final String[] values;
    private final long dataRowNumber;
    private final long lineNumber;

    CsvRow(List<String> columnNames, Map<String, Integer> columnIndex, String[] values, long dataRowNumber,
            long lineNumber) {
        this.columnNames = columnNames;
        this.columnIndex = columnIndex;
        this.values = values;
        this.dataRowNumber = dataRowNumber;
        this.lineNumber = lineNumber;
    }

    public int size() {
        return values.length;
    }

    public String get(int index) {
        return values[index];
    }

    /** The cell under header {@code column}; an unknown name gives an exception listing the header. */
    public String get(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column '" + column + "'; available columns: " + columnNames);
        }
        return values[index];
    }

    public List<String> columnNames() {
        return columnNames;
    }

    /** The row's number counted from 1 after the header. */
    public long dataRowNumber() {
        return dataRowNumber;
    }

    /** The file line on which the row ends (counted from 1, header included); differs for quoted line breaks. */
    public long lineNumber() {
        return lineNumber;
    }

    public String[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "CsvRow[" + dataRowNumber + ": " + String.join(" | ", values) + "]";
    }
}
