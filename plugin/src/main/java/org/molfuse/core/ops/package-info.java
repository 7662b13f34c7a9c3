/**
 * Operations on tables that the command line and the KNIME nodes share: featurize, split and score. Each takes a
 * {@link org.molfuse.core.data.Table} and settings and keeps every input row; chemistry comes from
 * {@code org.molfuse.core.chem}, splitting and scoring from {@code org.molfuse.core.eval}.
 */
package org.molfuse.core.ops;
