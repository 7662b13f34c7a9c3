package org.knime.core.data;

/** Compile-only copy of KNIME's {@code RowKey}; see SIGNATURES.md. */
public final class RowKey {

    public RowKey(final String id) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public String getString() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
