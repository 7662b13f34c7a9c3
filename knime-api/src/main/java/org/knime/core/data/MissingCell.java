package org.knime.core.data;

/** Compile-only copy of KNIME's {@code MissingCell}; see SIGNATURES.md. */
@SuppressWarnings("serial")
public final class MissingCell extends DataCell {

    public MissingCell(final String error) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public String getError() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
