package dev.weeklysearch.http;

import java.nio.file.Path;
import java.util.List;

/**
 * How the service is set up.
 *
 * @param webDir      folder of the search box ({@code index.html}, {@code search.js}, {@code style.css}); null serves none
 * @param corsOrigins origins allowed to call the API from another site (e.g. {@code https://www.sofastack.tech}); "*" allows any
 * @param adminToken  the bearer token that opens {@code /admin/*}; null or blank: no admin endpoints (404)
 */
public record ServiceConfig(Path webDir, List<String> corsOrigins, String adminToken) {
    /** The environment variable that holds the admin token. */
    public static final String ADMIN_TOKEN_VARIABLE = AdminGuard.TOKEN_VARIABLE;

    public ServiceConfig {
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** No admin endpoints. */
    public ServiceConfig(Path webDir, List<String> corsOrigins) {
        this(webDir, corsOrigins, null);
    }
}
