package dev.weeklysearch.extract;

/** A post that cannot be turned into entries; callers count it and go on. */
public class PostException extends Exception {
    private final String location;

    public PostException(String location, String reason) {
        super(reason);
        this.location = location;
    }

    public PostException(String location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return getMessage();
    }
}
