/**
 * Evaluation on plain arrays: seeded train/valid/test splitters and metrics with missing labels masked.
 *
 * <p>Nothing here knows about molecules or tables: labels are {@code double[]} with {@code NaN} for a missing label,
 * scaffolds are strings computed by the caller, and splits are row indexes.
 */
package org.molfuse.core.eval;
