/**
 * Tables, CSV/TSV input and output, and the dataset registry shared by every MolFuse operator.
 *
 * <p>A {@link org.molfuse.core.data.Table} is an immutable list of named, typed {@link org.molfuse.core.data.Column}s
 * with missing cells, close to a KNIME table so that node wrappers convert one-to-one. Error messages count rows from
 * 1 like the data rows of a spreadsheet (header excluded), and name the column.
 */
package org.molfuse.core.data;
