package dev.weeklysearch.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML body: charset from the Content-Type header, else a {@code <meta>} declaration in
 * the first bytes, else UTF-8. Decoding is strict, so a page in another encoding than declared is
 * refused rather than indexed as mojibake.
 */
final class PageCharset {

    private static final int SNIFF_BYTES = 2048;
    private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    /** The decoded text, or empty when the charset is unknown or the bytes are not valid in it. */
    static Optional<String> decode(byte[] body, String contentType) {
        String name = declared(body, contentType);
        Charset charset;
        try {
            charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static String declared(byte[] body, String contentType) {
        Matcher h = HEADER.matcher(contentType == null ? "" : contentType);
        if (h.find()) {
            return h.group(1).toLowerCase(Locale.ROOT);
        }
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            return "utf-8";
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
