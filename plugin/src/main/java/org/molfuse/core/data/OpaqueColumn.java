package org.molfuse.core.data;

import java.util.Map;

/**
 * A column whose cells MolFuse never reads: a host application's own cell objects (a KNIME image or molecule cell)
 * that must travel through an operation unchanged, so that selecting rows or appending columns loses nothing.
 * A null cell is missing; a present cell is formatted with its {@code toString()}.
 */
public final class OpaqueColumn extends ObjectColumn<Object, OpaqueColumn> {

    private OpaqueColumn(String name, Object[] cells, Map<Integer, String> missingReasons) {
        super(name, cells, missingReasons);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    @Override
    OpaqueColumn withCells(String name, Object[] cells, Map<Integer, String> missingReasons) {
        return new OpaqueColumn(name, cells, missingReasons);
    }

    @Override
    public ColumnType type() {
        return ColumnType.OTHER;
    }

    @Override
    public String format(int row) {
        Object value = get(row);
        return value == null ? "" : value.toString();
    }

    /** Appends cells one by one. */
    public static final class Builder extends ObjectColumn.Builder<Object, OpaqueColumn, Builder> {

        private Builder(String name) {
            super(name);
        }

        @Override
        public OpaqueColumn build() {
            return new OpaqueColumn(name, cells(Object[]::new), reasons);
        }
    }
}
