package org.knime.core.data;

/** Compile-only copy of KNIME's {@code DoubleValue}; see SIGNATURES.md. */
public interface DoubleValue extends DataValue {

    double getDoubleValue();
}
