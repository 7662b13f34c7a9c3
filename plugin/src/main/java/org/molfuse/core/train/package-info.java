/**
 * Training of any DJL {@link ai.djl.nn.Block} on multi-task labels with gaps, chemprop v1 style: standardized
 * regression targets, a masked loss, warm-up/decay learning-rate schedules, best-epoch selection on a validation
 * metric, early stopping, cancellation, seeded determinism and a single-file model bundle.
 *
 * <p>Labels are {@code float[rows][tasks]} matrices with {@code NaN} for a missing label. Models see examples only
 * through a {@link org.molfuse.core.train.BatchSource}, so graph, fingerprint and sequence models train the same way.
 */
package org.molfuse.core.train;
