package org.knime.core.node;

/** Compile-only copy of KNIME's {@code InvalidSettingsException} (knime-shared); see SIGNATURES.md. */
@SuppressWarnings("serial")
public class InvalidSettingsException extends Exception {

    public InvalidSettingsException(final String s) {
        super(s);
    }

    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
