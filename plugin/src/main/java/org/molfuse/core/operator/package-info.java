/**
 * The operator contract: what a MolFuse node is, free of any KNIME type. An {@link org.molfuse.core.operator.Operator}
 * declares its ports and typed parameters, derives its output specs from its input specs (KNIME's configure) and
 * executes on {@link org.molfuse.core.operator.PortValue}s with progress and cancellation. The KNIME plug-in adapts
 * each operator into a node; the headless workflow runner executes the same operators without KNIME. The
 * sub-packages hold the operators, one folder per node category.
 */
package org.molfuse.core.operator;
