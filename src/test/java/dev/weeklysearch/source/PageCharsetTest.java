package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void theHeaderCharsetWinsOverTheMetaDeclaration() {
        byte[] body = "<meta charset=\"utf-8\"><p>中文</p>".getBytes(GBK);
        assertThat(PageCharset.decode(body, "text/html; charset=GBK")).hasValue("<meta charset=\"utf-8\"><p>中文</p>");
    }

    @Test
    void sniffsMetaHttpEquivWhenTheHeaderHasNoCharset() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>中文</p>";
        assertThat(PageCharset.decode(html.getBytes(GBK), "text/html")).hasValue(html);
    }

    @Test
    void refusesUnknownCharsetNamesAndBytesInvalidInTheCharset() {
        assertThat(PageCharset.decode("x".getBytes(StandardCharsets.UTF_8), "text/html; charset=klingon-8")).isEmpty();
        assertThat(PageCharset.decode("<p>中文</p>".getBytes(GBK), "text/html")).isEmpty();
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] body = "\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageCharset.decode(body, "")).hasValue("<p>x</p>");
    }
}
