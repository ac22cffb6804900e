package dev.edgarlive.store;

/** A list request the store refuses: the API answers 400 naming {@link #parameter()}. */
public class InvalidQueryException extends RuntimeException {

    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
