package dev.weeklysearch.http;

import java.nio.file.Path;
import java.util.List;

/**
 * How the service is set up.
 *
 * @param webDir      folder of the search box ({@code index.html}, {@code search.js}, {@code style.css}); null serves none
 * @param corsOrigins origins allowed to call the API from another site (e.g. {@code https://www.sofastack.tech}); "*" allows any
 */
public record ServiceConfig(Path webDir, List<String> corsOrigins) {
    public ServiceConfig {
        corsOrigins = List.copyOf(corsOrigins);
    }
}
