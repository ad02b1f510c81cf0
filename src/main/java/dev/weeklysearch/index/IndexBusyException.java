package dev.weeklysearch.index;

/** Another process holds the index's write lock. */
public class IndexBusyException extends Exception {
    public IndexBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
