package dev.edgarlive.query;

/** No cursor key could be read (Secrets Manager unreachable or refusing): lists cannot be served for now. */
final class CursorKeyUnavailableException extends RuntimeException {

    CursorKeyUnavailableException(String message) {
        super(message);
    }

    CursorKeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
