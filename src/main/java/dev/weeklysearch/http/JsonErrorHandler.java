package dev.weeklysearch.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers by itself, before a request reaches a route (a URL or headers too long, a
 * request it cannot parse): the service's JSON error shape instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** Requests Jetty could not parse (400, 414 URI too long, 431 headers too large). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(Errors.json(code(status), message(status, reason)));
    }

    /** Errors of requests Jetty parsed but would not hand to the app. */
    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
            Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(Errors.json(code(status), message(status, message))), callback);
    }

    private static String code(int status) {
        return switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> "uri_too_long";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "headers_too_large";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "body_too_large";
            case HttpStatus.NOT_FOUND_404 -> "not_found";
            case HttpStatus.METHOD_NOT_ALLOWED_405 -> "method_not_allowed";
            case HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 -> "http_version_not_supported";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
    }

    private static String message(int status, String reason) {
        String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> "the URL is too long (" + why + "); a query is at most a few thousand characters";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the request's headers are too large (" + why + ")";
            default -> "the server could not read the request: " + why;
        };
    }
}
