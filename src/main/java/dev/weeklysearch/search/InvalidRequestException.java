package dev.weeklysearch.search;

/** A request a client got wrong; the service answers HTTP 400 with {@link #error()} and the message. */
public class InvalidRequestException extends RuntimeException {
    private final String error;

    public InvalidRequestException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** A stable machine-readable code, e.g. {@code bad_page}. */
    public String error() {
        return error;
    }
}
