/**
 * Graph neural network blocks on DJL: {@link org.molfuse.core.nn.GraphBatch} (batched graph and constant aggregation
 * matrices), message-passing layers, readouts, {@link org.molfuse.core.nn.GraphEncoder} and
 * {@link org.molfuse.core.nn.FeedForwardHead}. No training code here.
 */
package org.molfuse.core.nn;
