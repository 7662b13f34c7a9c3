/**
 * The one generic adapter between the core's operators and KNIME: a node factory that looks up its operator, a node
 * model that converts ports and runs it, a dialog built from its parameters, the MolFuse model port and the molecule
 * graph cell. The classes without KNIME types ({@link org.molfuse.knime.adapter.HostCells},
 * {@link org.molfuse.knime.adapter.RowIds}, the codecs, ...) hold the logic worth testing without a running KNIME.
 */
package org.molfuse.knime.adapter;
