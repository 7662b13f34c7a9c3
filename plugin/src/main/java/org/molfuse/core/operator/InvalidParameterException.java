package org.molfuse.core.operator;

/** A setting that is missing, of the wrong type or out of range; the message names the setting. */
public class InvalidParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(Parameter parameter, String problem) {
        super("setting '" + parameter.key() + "' (" + parameter.label() + "): " + problem);
    }

    public InvalidParameterException(String message) {
        super(message);
    }
}
