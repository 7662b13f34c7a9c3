package org.molfuse.core.data;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Storage shared by the columns whose cells are objects: one reference per row, null for a missing cell.
 *
 * @param <T> the cell type
 * @param <C> the concrete column type, so that {@link #select(int[])} and {@link #renamed(String)} return it
 */
abstract sealed class ObjectColumn<T, C extends ObjectColumn<T, C>> extends Column
        permits StringColumn, GraphColumn, BytesColumn, DoubleVectorColumn, OpaqueColumn {

    private final T[] cells;

    ObjectColumn(String name, T[] cells, Map<Integer, String> missingReasons) {
        super(name, missingReasons);
        this.cells = cells;
    }

    /** A column of this kind (same type-specific settings) over other cells; select and renamed go through it. */
    abstract C withCells(String name, T[] cells, Map<Integer, String> missingReasons);

    /**
     * What the API hands out for a stored cell: the cell itself, or a copy where cells are mutable arrays, so that
     * callers cannot change the column.
     */
    T handOut(T cell) {
        return cell;
    }

    @Override
    public final int size() {
        return cells.length;
    }

    @Override
    public final boolean isMissing(int row) {
        checkRow(row);
        return cells[row] == null;
    }

    @Override
    public final T get(int row) {
        return isMissing(row) ? null : handOut(cells[row]);
    }

    /** Backs the typed getters: the handed-out cell, or {@link IllegalStateException} naming a missing row. */
    final T getPresent(int row) {
        return handOut(storedPresent(row));
    }

    /** The stored cell itself, never copied, for read-only use inside the column; throws if missing. */
    final T storedPresent(int row) {
        requirePresent(row);
        return cells[row];
    }

    @Override
    public final C select(int[] rows) {
        Map<Integer, String> reasons = selectReasons(rows);
        @SuppressWarnings("unchecked")
        T[] selected = (T[]) Array.newInstance(cells.getClass().getComponentType(), rows.length);
        for (int i = 0; i < rows.length; i++) {
            selected[i] = cells[rows[i]];
        }
        return withCells(name(), selected, reasons);
    }

    @Override
    public final C renamed(String newName) {
        return withCells(newName, cells, missingReasons());
    }

    /** A copy of the cell array, null for missing cells; the cells themselves are shared, not copied. */
    final T[] cellsCopy() {
        return cells.clone();
    }

    /**
     * Appends cells one by one.
     *
     * @param <B> the concrete builder, returned by the chaining methods
     */
    abstract static class Builder<T, C extends ObjectColumn<T, C>, B extends Builder<T, C, B>>
            extends Column.Builder<C> {
        private final List<T> cells = new ArrayList<>();

        Builder(String name) {
            super(name);
        }

        /** Checks or copies a present cell before it is stored; the default stores it as given. */
        T accept(T cell) {
            return cell;
        }

        /** Appends a cell; null appends a missing cell. */
        public final B add(T cell) {
            cells.add(cell == null ? null : accept(cell));
            size++;
            return self();
        }

        public final B addMissing() {
            return addMissing(null);
        }

        public final B addMissing(String reason) {
            noteMissing(reason);
            return add(null);
        }

        final T[] cells(IntFunction<T[]> newArray) {
            return cells.toArray(newArray);
        }

        final List<T> cellList() {
            return cells;
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}
