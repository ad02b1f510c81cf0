package dev.weeklysearch.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one shape of every error answer: {@code {"error": code, "message": text}}. */
final class Errors {
    private Errors() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static void write(Context ctx, int status, String error, String message) {
        ctx.status(status).json(body(error, message));
    }

    /** The same shape as bytes, for the answers Jetty writes itself ({@link JsonErrorHandler}). */
    static byte[] json(String error, String message) {
        try {
            return JSON.writeValueAsBytes(body(error, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of two strings is always JSON", e);
        }
    }

    private static Map<String, String> body(String error, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }
}
