package org.knime.core.data.vector.doublevector;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Compile-only copy of KNIME's {@code DoubleVectorCellFactory}; see SIGNATURES.md. */
public class DoubleVectorCellFactory {

    public static final DataType TYPE = null;

    private DoubleVectorCellFactory() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    /* the second type parameter is named like the value interface in KNIME's source; kept for the exact signature */
    @SuppressWarnings("hiding")
    public static <T extends DataCell, DoubleVectorValue> T createCell(final double[] vector) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
