package org.knime.core.data;

/** Compile-only copy of KNIME's {@code DataValue} (only the type); see SIGNATURES.md. */
public interface DataValue {
}
