package org.molfuse.core.operator;

/** Thrown out of an operator when its host asked it to stop. */
public class OperationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OperationCancelledException() {
        super("execution was cancelled");
    }
}
