package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Compile-only copy of KNIME's {@code PortObjectSpecZipInputStream}; see SIGNATURES.md. */
public class PortObjectSpecZipInputStream extends ZipInputStream {

    PortObjectSpecZipInputStream(final InputStream inStream) {
        super(inStream);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
