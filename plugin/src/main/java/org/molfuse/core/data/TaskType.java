package org.molfuse.core.data;

/** What a label column asks a model to predict. */
public enum TaskType {
    /** A real-valued target. */
    REGRESSION,
    /** A class label; MoleculeNet's classification tasks are binary 0/1 with possible gaps. */
    CLASSIFICATION
}
