package org.knime.core.data;

import java.io.DataInput;

/** Compile-only copy of KNIME's {@code DataCellDataInput} (only the type); see SIGNATURES.md. */
public interface DataCellDataInput extends DataInput {
}
