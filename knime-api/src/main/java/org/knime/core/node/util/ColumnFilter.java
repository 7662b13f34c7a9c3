package org.knime.core.node.util;

import org.knime.core.data.DataColumnSpec;

/** Compile-only copy of KNIME's {@code ColumnFilter}; see SIGNATURES.md. */
public interface ColumnFilter {

    public boolean includeColumn(final DataColumnSpec colSpec);

    public String allFilteredMsg();
}
