package org.knime.core.node.config;

import javax.swing.tree.TreeNode;
import org.knime.core.node.config.base.ConfigBaseRO;

/** Compile-only copy of KNIME's {@code ConfigRO} (type and supertypes only); see SIGNATURES.md. */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {
}
