package org.knime.core.data;

/** Compile-only copy of KNIME's {@code IntValue}; see SIGNATURES.md. */
public interface IntValue extends DataValue {

    int getIntValue();
}
