package org.molfuse.core.train;

import java.io.IOException;

/**
 * Bytes that cannot be read as a model bundle; the message names where they came from (a file, a node's model port)
 * and what is wrong with them.
 */
public final class InvalidModelBundleException extends IOException {

    private static final long serialVersionUID = 1L;

    InvalidModelBundleException(String source, String problem) {
        this(source, problem, null);
    }

    public InvalidModelBundleException(String source, String problem, Throwable cause) {
        super("model bundle '" + source + "' " + problem, cause);
    }
}
