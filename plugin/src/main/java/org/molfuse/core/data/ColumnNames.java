package org.molfuse.core.data;

import java.util.Set;

/** The one rule that makes a column name unique, shared by tables, the CSV reader and the CSV writer. */
final class ColumnNames {

    private ColumnNames() {
    }

    /** {@code base} if free, else {@code "base (#1)"}, {@code "base (#2)"}, ...: the first free one (KNIME's rule). */
    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int suffix = 1; ; suffix++) {
            String candidate = base + " (#" + suffix + ")";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
