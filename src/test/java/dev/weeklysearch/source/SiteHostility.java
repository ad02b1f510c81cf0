package dev.weeklysearch.source;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The misbehaving pages of a hostile {@link SiteServer}; each must be counted, none may stop a crawl. */
final class SiteHostility {

    static final long HUGE_BYTES = 50L * 1024 * 1024;
    static final long SLOW_MILLIS = 3000;

    static final List<String> PATHS = List.of("/blog/gone-post/", "/blog/flaky-post/", "/blog/slow-post/",
            "/blog/loop-a/", "/blog/away-post/", "/blog/huge-post/", "/blog/gbk-post/", "/blog/undeclared-gbk-post/",
            "/blog/bad-charset-post/", "/blog/json-post/", "/blog/private/secret-post/");

    private static final Charset GBK = Charset.forName("GBK");
    private final AtomicInteger flaky = new AtomicInteger();

    /** @return true when {@code path} is a hostile page and was answered */
    boolean handle(HttpExchange ex, String path, SiteServer site) throws IOException {
        switch (path) {
            case "/blog/gone-post/" -> SiteServer.send(ex, 404, "text/html; charset=utf-8", "<h1>gone</h1>");
            case "/blog/flaky-post/" -> {
                if (flaky.getAndIncrement() == 0) {
                    SiteServer.send(ex, 500, "text/html", "<h1>oops</h1>");
                } else {
                    SiteServer.send(ex, 200, "text/html; charset=utf-8", simple("Flaky", "第二次就好了"));
                }
            }
            case "/blog/slow-post/" -> {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                SiteServer.send(ex, 200, "text/html; charset=utf-8", simple("Slow", "太慢了"));
            }
            case "/blog/loop-a/" -> redirect(ex, "/blog/loop-b/");
            case "/blog/loop-b/" -> redirect(ex, "/blog/loop-a/");
            case "/blog/away-post/" -> redirect(ex, "http://elsewhere.invalid/blog/away-post/");
            case "/blog/huge-post/" -> huge(ex);
            case "/blog/gbk-post/" -> SiteServer.send(ex, 200, "text/html",
                    simple("GBK", "国标编码的页面").replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">").getBytes(GBK));
            case "/blog/undeclared-gbk-post/" -> SiteServer.send(ex, 200, "text/html",
                    simple("GBK", "没有声明编码的国标页面").replace("<meta charset=\"utf-8\">", "").getBytes(GBK));
            case "/blog/bad-charset-post/" -> SiteServer.send(ex, 200, "text/html; charset=no-such-charset",
                    simple("Bad", "bad charset name"));
            case "/blog/json-post/" -> SiteServer.send(ex, 200, "application/json", "{\"not\":\"html\"}");
            case "/blog/private/secret-post/" -> SiteServer.send(ex, 200, "text/html; charset=utf-8", simple("Secret", "robots says no"));
            default -> {
                return false;
            }
        }
        return true;
    }

    static String simple(String title, String text) {
        String main = "<div class=\"ss-meta\"><h1 class=\"title\">" + title + "</h1><div class=\"meta\">2099-12-01 "
                + "<a class=\"tag\" href=\"/tags/sofa-weekly/\">#SOFA Weekly</a></div></div><article class=\"typo\"><p>"
                + text + "</p></article>";
        return SitePages.layout(title, main, "");
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    /** 50 MB streamed in chunks without a Content-Length, as a misconfigured server would. */
    private static void huge(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < HUGE_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // the crawler hung up at its size limit, as it should
        }
    }
}
