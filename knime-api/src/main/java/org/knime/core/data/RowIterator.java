package org.knime.core.data;

import java.util.Iterator;

/** Compile-only copy of KNIME's {@code RowIterator}; see SIGNATURES.md. */
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();
}
