package org.molfuse.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A column of double vectors (fingerprints, descriptor sets, embeddings); a null cell is missing.
 *
 * <p>The vectors either share one length ({@link #fixedLength()} &ge; 0, optionally with one name per element, such
 * as descriptor names) or vary per row ({@link #fixedLength()} is -1).
 */
public final class DoubleVectorColumn extends Column {

    /** {@link #fixedLength()} of a column whose vectors differ in length. */
    public static final int VARIABLE_LENGTH = -1;

    private final double[][] values;
    private final int fixedLength;
    private final List<String> elementNames;

    private DoubleVectorColumn(String name, double[][] values, int fixedLength, List<String> elementNames,
            Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.values = values;
        this.fixedLength = fixedLength;
        this.elementNames = elementNames;
    }

    /** A builder that accepts vectors of any length; the built column is fixed-length if all turned out equal. */
    public static Builder builder(String name) {
        return new Builder(name, VARIABLE_LENGTH, List.of());
    }

    /** A builder that rejects vectors whose length is not {@code length}. */
    public static Builder builder(String name, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("vector length must be >= 0, got " + length);
        }
        return new Builder(name, length, List.of());
    }

    /** A builder for vectors with one named element per entry of {@code elementNames}. */
    public static Builder builder(String name, List<String> elementNames) {
        List<String> names = List.copyOf(elementNames);
        if (new HashSet<>(names).size() != names.size() || names.contains("")) {
            throw new IllegalArgumentException(
                    "element names of column '" + name + "' must be unique and non-empty: " + names);
        }
        return new Builder(name, names.size(), names);
    }

    /**
     * Gathers numeric columns of equal size into one vector column whose element names are the column names. A row
     * in which any element is missing becomes a missing vector whose reason names that element.
     */
    public static DoubleVectorColumn fromColumns(String name, List<DoubleColumn> elements) {
        List<String> names = new ArrayList<>();
        for (DoubleColumn element : elements) {
            if (element.size() != elements.get(0).size()) {
                throw new IllegalArgumentException("columns '" + elements.get(0).name() + "' and '" + element.name()
                        + "' differ in size: " + elements.get(0).size() + " vs " + element.size());
            }
            names.add(element.name());
        }
        Builder builder = builder(name, names);
        int rows = elements.isEmpty() ? 0 : elements.get(0).size();
        for (int row = 0; row < rows; row++) {
            double[] vector = new double[elements.size()];
            String missingElement = null;
            for (int i = 0; i < elements.size() && missingElement == null; i++) {
                DoubleColumn element = elements.get(i);
                if (element.isMissing(row)) {
                    missingElement = "element '" + element.name() + "' is missing"
                            + element.missingReason(row).map(r -> " (" + r + ")").orElse("");
                } else {
                    vector[i] = element.getDouble(row);
                }
            }
            if (missingElement == null) {
                builder.add(vector);
            } else {
                builder.addMissing(missingElement);
            }
        }
        return builder.build();
    }

    @Override
    public ColumnType type() {
        return ColumnType.DOUBLE_VECTOR;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        checkRow(row);
        return values[row] == null;
    }

    /** The common vector length, or {@link #VARIABLE_LENGTH}. */
    public int fixedLength() {
        return fixedLength;
    }

    /** One name per element, or an empty list when the elements are unnamed. */
    public List<String> elementNames() {
        return elementNames;
    }

    /** A copy of a present vector; throws {@link IllegalStateException} naming the row when it is missing. */
    public double[] getVector(int row) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
        return values[row].clone();
    }

    /** One element of a present vector, without copying it. */
    public double getElement(int row, int index) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
        double[] vector = values[row];
        if (index < 0 || index >= vector.length) {
            throw new IndexOutOfBoundsException("element " + index + " is outside the vector of length "
                    + vector.length + " in " + describe(row));
        }
        return vector[index];
    }

    /** The length of a present vector. */
    public int length(int row) {
        if (isMissing(row)) {
            throw missingCell(row);
        }
        return values[row].length;
    }

    @Override
    public double[] get(int row) {
        return isMissing(row) ? null : values[row].clone();
    }

    /** The elements as {@link NumberText#format(double)} texts separated by single spaces. */
    @Override
    public String format(int row) {
        if (isMissing(row)) {
            return "";
        }
        StringJoiner joiner = new StringJoiner(" ");
        for (double value : values[row]) {
            joiner.add(NumberText.format(value));
        }
        return joiner.toString();
    }

    @Override
    public DoubleVectorColumn select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        double[][] selected = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = values[rows[i]];
        }
        return new DoubleVectorColumn(name(), selected, fixedLength, elementNames, reasons);
    }

    @Override
    public DoubleVectorColumn renamed(String newName) {
        return new DoubleVectorColumn(newName, values, fixedLength, elementNames, missingReasons());
    }

    /** Appends vectors one by one; each vector is copied. */
    public static final class Builder extends Column.Builder<DoubleVectorColumn> {
        private final int declaredLength;
        private final List<String> elementNames;
        private final List<double[]> values = new ArrayList<>();

        private Builder(String name, int declaredLength, List<String> elementNames) {
            super(name);
            this.declaredLength = declaredLength;
            this.elementNames = elementNames;
        }

        /** Appends a vector; null appends a missing cell. */
        public Builder add(double[] vector) {
            if (vector != null && declaredLength != VARIABLE_LENGTH && vector.length != declaredLength) {
                throw new IllegalArgumentException("row " + (size + 1) + " of column '" + name + "' has a vector of "
                        + vector.length + " values, expected " + declaredLength);
            }
            values.add(vector == null ? null : vector.clone());
            size++;
            return this;
        }

        public Builder addMissing() {
            return addMissing(null);
        }

        public Builder addMissing(String reason) {
            noteMissing(reason);
            return add(null);
        }

        @Override
        public DoubleVectorColumn build() {
            return new DoubleVectorColumn(name, values.toArray(new double[0][]), builtLength(), elementNames,
                    reasons);
        }

        private int builtLength() {
            if (declaredLength != VARIABLE_LENGTH) {
                return declaredLength;
            }
            int common = VARIABLE_LENGTH;
            for (double[] vector : values) {
                if (vector != null) {
                    if (common != VARIABLE_LENGTH && vector.length != common) {
                        return VARIABLE_LENGTH;
                    }
                    common = vector.length;
                }
            }
            return common;
        }
    }
}
