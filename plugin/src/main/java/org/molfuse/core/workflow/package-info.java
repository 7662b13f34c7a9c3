/**
 * KNIME workflows without KNIME: reading and writing the saved workflow format (XMLConfig files), mapping node
 * settings to operator parameters, executing a workflow of MolFuse nodes in dependency order, writing its outputs
 * and checking the expected results kept beside it. This is how CI runs the shared test workflows and how
 * {@code ./molfuse run} executes a template.
 */
package org.molfuse.core.workflow;
