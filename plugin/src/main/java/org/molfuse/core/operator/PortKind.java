package org.molfuse.core.operator;

/** What travels through a port: a data table or a trained model. */
public enum PortKind {
    TABLE,
    MODEL
}
