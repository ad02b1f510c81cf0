package dev.weeklysearch.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Guards everything under {@code /admin}: with no token configured the admin endpoints do not
 * exist (404), and otherwise a request needs {@code Authorization: Bearer <token>} (401 without
 * it). The comparison takes the same time whatever the guess: both sides are hashed to a fixed
 * length first, so neither a matching prefix nor a length shortens it.
 */
final class AdminGuard implements Handler {
    /** The environment variable a site owner sets to turn the admin endpoints on. */
    static final String TOKEN_VARIABLE = "WEEKLY_SEARCH_ADMIN_TOKEN";
    private static final String BEARER = "Bearer ";

    private final byte[] tokenDigest;

    /** {@code token} null or blank: no admin endpoints. */
    AdminGuard(String token) {
        this.tokenDigest = token == null || token.isBlank() ? null : sha256(token.strip());
    }

    /** Whether the admin endpoints exist at all. */
    boolean enabled() {
        return tokenDigest != null;
    }

    @Override
    public void handle(Context ctx) {
        if (!enabled()) {
            Errors.write(ctx, 404, "not_found", "no such page: " + ctx.path());
            ctx.skipRemainingHandlers();
        } else if (!authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"weekly-search admin\"");
            Errors.write(ctx, 401, "unauthorized",
                    "this admin endpoint needs the header 'Authorization: Bearer <token>' with the token of " + TOKEN_VARIABLE);
            ctx.skipRemainingHandlers();
        }
    }

    boolean authorized(String header) {
        if (tokenDigest == null || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, sha256(header.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
