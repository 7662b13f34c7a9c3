package org.knime.core.node;

/** Compile-only copy of KNIME's {@code CanceledExecutionException}; see SIGNATURES.md. */
@SuppressWarnings("serial")
public class CanceledExecutionException extends Exception {

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String s) {
        super(s);
    }
}
