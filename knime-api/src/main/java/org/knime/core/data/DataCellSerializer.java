package org.knime.core.data;

import java.io.IOException;

/** Compile-only copy of KNIME's {@code DataCellSerializer}; see SIGNATURES.md. */
public interface DataCellSerializer<T extends DataCell> {

    void serialize(final T cell, final DataCellDataOutput output) throws IOException;

    T deserialize(final DataCellDataInput input) throws IOException;
}
