package org.knime.core.data;

/** Compile-only copy of KNIME's {@code StringValue}; see SIGNATURES.md. */
public interface StringValue extends DataValue {

    String getStringValue();
}
