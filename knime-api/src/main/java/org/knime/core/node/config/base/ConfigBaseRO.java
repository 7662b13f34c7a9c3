package org.knime.core.node.config.base;

/** Compile-only copy of KNIME's {@code ConfigBaseRO} (only the members MolFuse uses); see SIGNATURES.md. */
public interface ConfigBaseRO extends Iterable<String> {

    public boolean containsKey(final String key);
}
