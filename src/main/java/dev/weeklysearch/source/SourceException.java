package dev.weeklysearch.source;

/** A source that could not be read as a whole (missing folder, unreachable sitemap). */
public class SourceException extends Exception {
    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
