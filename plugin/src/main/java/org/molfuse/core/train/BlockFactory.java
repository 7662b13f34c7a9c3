package org.molfuse.core.train;

import ai.djl.nn.Block;

/**
 * Rebuilds an uninitialized block from the architecture JSON stored in a {@link ModelBundle}. It is called twice per
 * read (the second block is a reference for the parameter shapes) and must return a new block each time.
 */
@FunctionalInterface
public interface BlockFactory {

    /** A new block of this architecture; throws IllegalArgumentException with a reason for JSON it cannot build. */
    Block create(String architectureJson);
}
