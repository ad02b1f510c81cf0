package dev.weeklysearch.source;

import java.net.URI;

/** What one fetch of a URL ended with, after redirects and retries. */
sealed interface Fetched {

    URI uri();

    /** A 200 response with its raw body. */
    record Ok(URI uri, byte[] body, String contentType, String etag, String lastModified) implements Fetched {
    }

    /** A 304 to a conditional request. */
    record NotModified(URI uri) implements Fetched {
    }

    /** Anything else; {@code gone} for 404 and 410. */
    record Failed(URI uri, String reason, boolean gone) implements Fetched {
    }
}
