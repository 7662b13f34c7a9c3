package org.molfuse.core.nn;

/** How a message-passing layer combines the messages entering one atom; atoms without incoming edges get 0. */
public enum Aggregation {
    SUM,
    MEAN,
    MAX
}
