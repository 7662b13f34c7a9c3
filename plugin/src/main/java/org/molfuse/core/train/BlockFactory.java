package org.molfuse.core.train;

import ai.djl.nn.Block;

/** Rebuilds an uninitialized block from the architecture JSON stored in a {@link ModelBundle}. */
@FunctionalInterface
public interface BlockFactory {

    /** A new block of this architecture; throws IllegalArgumentException with a reason for JSON it cannot build. */
    Block create(String architectureJson);
}
