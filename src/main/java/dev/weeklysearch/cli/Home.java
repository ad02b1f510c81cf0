package dev.weeklysearch.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The install folder, against which the default paths ({@code index/}, {@code web/},
 * {@code weekly-search.yml}) resolve, so that a command behaves the same from any working
 * directory. {@code bin/weekly-search} passes it as {@code -Dweeklysearch.home}; a bare
 * {@code java -jar target/indexer.jar} finds it from the jar: the jar's folder's parent.
 */
final class Home {
    static final String PROPERTY = "weeklysearch.home";

    private Home() {
    }

    /** Sets {@value #PROPERTY} from the jar's location unless given, for the options' defaults to read. */
    static void init() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, of(Main.class.getProtectionDomain().getCodeSource().getLocation()).toString());
        }
    }

    /**
     * The install folder for code loaded from {@code location}: {@code <home>/target/indexer.jar}
     * and {@code <home>/target/classes/} both give {@code <home>}; anything else the working directory.
     */
    static Path of(URL location) {
        try {
            Path p = Path.of(location.toURI()).toAbsolutePath().normalize();
            Path parent = p.getParent();
            if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")
                    && parent.getParent() != null) {
                return parent.getParent();
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // Not a file (a nested or remote jar): the working directory is all there is.
        }
        return Path.of("").toAbsolutePath();
    }
}
