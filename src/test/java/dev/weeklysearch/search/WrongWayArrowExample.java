package dev.weeklysearch.search;

/**
 * For ArchitectureTest's check of itself: a search class that reaches up into http by a
 * fully-qualified name, with no import line, and prints. Never used by the app.
 */
public final class WrongWayArrowExample {
    private WrongWayArrowExample() {
    }

    static String upstream() {
        System.out.println("printed outside cli");
        return dev.weeklysearch.http.App.class.getName();
    }
}
