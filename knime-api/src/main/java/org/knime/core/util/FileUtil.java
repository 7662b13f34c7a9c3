package org.knime.core.util;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Compile-only copy of KNIME's {@code FileUtil} (only {@code resolveToPath}); see SIGNATURES.md. */
public final class FileUtil {

    private FileUtil() {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }

    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
