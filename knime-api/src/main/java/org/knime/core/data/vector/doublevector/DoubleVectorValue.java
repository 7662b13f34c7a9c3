package org.knime.core.data.vector.doublevector;

import org.knime.core.data.DataValue;

/** Compile-only copy of KNIME's {@code DoubleVectorValue}; see SIGNATURES.md. */
public interface DoubleVectorValue extends DataValue {

    public int getLength();

    public double getValue(final int index);
}
