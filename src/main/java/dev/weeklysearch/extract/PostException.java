package dev.weeklysearch.extract;

/** A post that cannot be read (no front matter, bad YAML, no date, empty body): counted, never fatal. */
public class PostException extends Exception {
    private final String location;
    private final String reason;

    public PostException(String location, String reason) {
        super(location + ": " + reason);
        this.location = location;
        this.reason = reason;
    }

    public PostException(String location, String reason, Throwable cause) {
        super(location + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
