package org.molfuse.core.cli;

/** A problem with what the user asked for (file, column, option value); reported as one line with exit code 2. */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
