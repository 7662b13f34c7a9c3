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
public final class DoubleVectorColumn extends ObjectColumn<double[], DoubleVectorColumn> {

    /** {@link #fixedLength()} of a column whose vectors differ in length. */
    public static final int VARIABLE_LENGTH = -1;

    private final int fixedLength;
    private final List<String> elementNames;

    private DoubleVectorColumn(String name, double[][] values, int fixedLength, List<String> elementNames,
            Map<Integer, String> missingReasons) {
        super(name, values, missingReasons);
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
    DoubleVectorColumn withCells(String name, double[][] cells, Map<Integer, String> missingReasons) {
        return new DoubleVectorColumn(name, cells, fixedLength, elementNames, missingReasons);
    }

    @Override
    double[] handOut(double[] cell) {
        return cell.clone();
    }

    @Override
    public ColumnType type() {
        return ColumnType.DOUBLE_VECTOR;
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
        return getPresent(row);
    }

    /** One element of a present vector, without copying it. */
    public double getElement(int row, int index) {
        double[] vector = storedPresent(row);
        if (index < 0 || index >= vector.length) {
            throw new IndexOutOfBoundsException("element " + index + " is outside the vector of length "
                    + vector.length + " in " + describe(row));
        }
        return vector[index];
    }

    /** The length of a present vector. */
    public int length(int row) {
        return storedPresent(row).length;
    }

    /** The elements as {@link NumberText#format(double)} texts separated by single spaces. */
    @Override
    public String format(int row) {
        if (isMissing(row)) {
            return "";
        }
        StringJoiner joiner = new StringJoiner(" ");
        for (double value : storedPresent(row)) {
            joiner.add(NumberText.format(value));
        }
        return joiner.toString();
    }

    /** Appends vectors one by one; each vector is copied. */
    public static final class Builder extends ObjectColumn.Builder<double[], DoubleVectorColumn, Builder> {
        private final int declaredLength;
        private final List<String> elementNames;

        private Builder(String name, int declaredLength, List<String> elementNames) {
            super(name);
            this.declaredLength = declaredLength;
            this.elementNames = elementNames;
        }

        @Override
        double[] accept(double[] vector) {
            if (declaredLength != VARIABLE_LENGTH && vector.length != declaredLength) {
                throw new IllegalArgumentException("row " + (size + 1) + " of column '" + name + "' has a vector of "
                        + vector.length + " values, expected " + declaredLength);
            }
            return vector.clone();
        }

        @Override
        public DoubleVectorColumn build() {
            return new DoubleVectorColumn(name, cells(double[][]::new), builtLength(), elementNames,
                    reasons);
        }

        private int builtLength() {
            if (declaredLength != VARIABLE_LENGTH) {
                return declaredLength;
            }
            int common = VARIABLE_LENGTH;
            for (double[] vector : cellList()) {
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
