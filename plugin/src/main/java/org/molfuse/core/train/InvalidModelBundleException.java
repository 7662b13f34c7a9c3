package org.molfuse.core.train;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as a model bundle; the message names the file and what is wrong with it. */
public final class InvalidModelBundleException extends IOException {

    private static final long serialVersionUID = 1L;

    InvalidModelBundleException(Path file, String problem) {
        this(file, problem, null);
    }

    InvalidModelBundleException(Path file, String problem, Throwable cause) {
        super("model bundle '" + file + "' " + problem, cause);
    }
}
