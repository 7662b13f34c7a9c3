package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Compile-only copy of KNIME's {@code PortObjectZipOutputStream}; see SIGNATURES.md. */
public class PortObjectZipOutputStream extends ZipOutputStream {

    PortObjectZipOutputStream(final OutputStream outStream) {
        super(outStream);
        throw new UnsupportedOperationException("compile-only copy of the KNIME API");
    }
}
