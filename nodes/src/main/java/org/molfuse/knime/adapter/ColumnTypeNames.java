package org.molfuse.knime.adapter;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.molfuse.core.data.ColumnType;

/** Column types as a chemist reads them in messages: "number, text or whole number". */
public final class ColumnTypeNames {

    private ColumnTypeNames() {
    }

    public static String name(ColumnType type) {
        return switch (type) {
            case STRING -> "text";
            case DOUBLE -> "number";
            case INT -> "whole number";
            case DOUBLE_VECTOR -> "number vector";
            case GRAPH -> "molecule graph";
            case BYTES -> "binary";
            case OTHER -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The names in a fixed order, joined with commas and a final "or". */
    public static String describe(Set<ColumnType> types) {
        String joined = types.stream().sorted().map(ColumnTypeNames::name).collect(Collectors.joining(", "));
        int last = joined.lastIndexOf(", ");
        return last < 0 ? joined : joined.substring(0, last) + " or " + joined.substring(last + 2);
    }
}
