package org.knime.core.data;

import java.io.DataOutput;

/** Compile-only copy of KNIME's {@code DataCellDataOutput} (only the type); see SIGNATURES.md. */
public interface DataCellDataOutput extends DataOutput {
}
