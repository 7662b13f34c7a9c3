package org.knime.core.data.container;

import org.knime.core.data.RowIterator;

/** Compile-only copy of KNIME's {@code CloseableRowIterator}; see SIGNATURES.md. */
public abstract class CloseableRowIterator extends RowIterator {

    public abstract void close();
}
