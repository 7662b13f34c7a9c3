package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Compile-only copy of KNIME's {@code PortObjectZipInputStream}; see SIGNATURES.md. */
public class PortObjectZipInputStream extends ZipInputStream {

    PortObjectZipInputStream(final InputStream inStream) {
        super(inStream);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
