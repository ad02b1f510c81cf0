package dev.weeklysearch.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one shape of every error answer: {@code {"error": code, "message": text}}. */
final class Errors {
    private Errors() {
    }

    static void write(Context ctx, int status, String error, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        ctx.status(status).json(body);
    }
}
