package dev.weeklysearch.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A loopback copy of www.sofastack.tech for crawler tests, in the live site's shape: Markdown posts
 * rendered into pages at {@code /blog/<slug>/} showing their tag links; the tag listing
 * {@code /tags/sofa-weekly/} with Hugo's {@code /page/N/} pages and a pagination drawn by script
 * ({@code data-total}, no links); the tag's RSS feed; a sitemap index whose {@code /zh/sitemap.xml}
 * lists pages at the root; non-weekly blog posts mixed in (in the sitemap, not in the tag's listing
 * or feed), one with other tags, one with none; robots.txt; ETag/Last-Modified with 304s; request
 * counts per path; on-demand page changes and, when asked, hostile pages ({@link SiteHostility}).
 */
public final class SiteServer implements AutoCloseable {

    public static final int PER_PAGE = 10;

    /** A served post page; {@code lastmod} drives the sitemap and Last-Modified. */
    record Page(SitePages.Post post, byte[] html, String etag, Instant lastmod) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    /** Blog posts that are not weekly posts: served and in the sitemap, but not tagged SOFA Weekly. */
    private final Map<String, Page> others = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger conditional = new AtomicInteger();
    private final SiteHostility hostility;
    private final AtomicInteger pagesServed = new AtomicInteger();
    private final Set<String> gone = ConcurrentHashMap.newKeySet();
    private volatile boolean sitemapLastmod = true;
    private volatile boolean sitemapBroken;
    private volatile SitePages.Pagination pagination = SitePages.Pagination.SCRIPT;
    private volatile boolean feed = true;
    private volatile boolean etags = true;
    /** As the live site: the tag's feed and listing show only posts tagged SOFA Weekly (see {@link #startLive}). */
    private final boolean byTag;

    private SiteServer(Path folder, boolean hostile) throws IOException {
        this(folder, hostile, false);
    }

    private SiteServer(Path folder, boolean hostile, boolean byTag) throws IOException {
        this.byTag = byTag;
        List<SitePages.Post> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                posts.add(SitePages.read(f));
            }
        }
        for (SitePages.Post p : posts) {
            put(p, p.published().truncatedTo(ChronoUnit.SECONDS));
        }
        for (SitePages.Post p : NOT_WEEKLY) {
            others.put(p.slug(), render(p, p.published()));
        }
        hostility = hostile ? new SiteHostility() : null;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves the Markdown posts of {@code folder}. */
    public static SiteServer start(Path folder) throws IOException {
        return new SiteServer(folder, false);
    }

    /**
     * Serves the Markdown posts of {@code folder} as the live site does: a weekly post tagged only
     * otherwise (the site has four tagged only "SOFAStack") is in the sitemap but in neither the
     * tag's feed nor its listing.
     */
    public static SiteServer startLive(Path folder) throws IOException {
        return new SiteServer(folder, false, true);
    }

    /** Serves the posts of {@code folder} plus the hostile pages, all listed in the sitemap. */
    public static SiteServer startHostile(Path folder) throws IOException {
        return new SiteServer(folder, true);
    }

    public URI url(String path) {
        return URI.create("http://" + host() + ":" + server.getAddress().getPort() + path);
    }

    public String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    /** Two blog posts that are not weekly posts: one tagged otherwise, one without tags. */
    static final List<SitePages.Post> NOT_WEEKLY = List.of(
            new SitePages.Post("seata-at-mode-explained", "Seata AT 模式详解", "2099-01-20",
                    Instant.parse("2099-01-20T02:00:00Z"), List.of("Seata", "分布式事务"),
                    "### 每周读者问答提炼\n\n**1、@读者** 提问：\n\n> 这不是周报里的问题吗？\n\nA：不是，这是一篇技术文章。\n"),
            new SitePages.Post("cloud-native-year-review", "云原生的一年", "2099-02-01",
                    Instant.parse("2099-02-01T02:00:00Z"), List.of(), "## 回顾\n\n一年里我们做了很多事情。\n"));

    /** The slugs of the blog posts that are not weekly posts. */
    public static List<String> notWeeklySlugs() {
        return NOT_WEEKLY.stream().map(SitePages.Post::slug).toList();
    }

    /** The weekly posts' slugs (the non-weekly blog posts are not among them). */
    public List<String> slugs() {
        return pages.keySet().stream().sorted().toList();
    }

    Page page(String slug) {
        return pages.containsKey(slug) ? pages.get(slug) : others.get(slug);
    }

    /** How the tag listing shows its further pages (default: drawn by script, as on the live site). */
    public void pagination(SitePages.Pagination shown) {
        pagination = shown;
    }

    /** Whether the tag's RSS feed exists (and is announced in the listing's head). */
    public void feed(boolean on) {
        feed = on;
    }

    /** Whether post pages carry an ETag; without, only Last-Modified, as Python's http.server does. */
    public void etags(boolean on) {
        etags = on;
    }

    /** Publishes a new weekly post now: its page, and its place in the sitemap (and the feed and listing, by its tags). */
    public void add(String slug, String title, List<String> tags, String markdown) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String date = now.atOffset(ZoneOffset.ofHours(8)).toLocalDate().toString();
        put(new SitePages.Post(slug, title, date, now, List.copyOf(tags), markdown), now);
    }

    /** Appends a paragraph to a post: new body, new ETag, newer lastmod. */
    public void change(String slug, String paragraph) {
        Page old = pages.get(slug);
        SitePages.Post p = old.post();
        SitePages.Post changed = new SitePages.Post(p.slug(), p.title(), p.date(), p.published(), p.tags(),
                p.markdown() + "\n\n" + paragraph + "\n");
        Instant lastmod = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        put(changed, lastmod.isAfter(old.lastmod()) ? lastmod : old.lastmod().plusSeconds(1));
    }

    /** Whether the sitemap carries lastmod (without it, a recrawl must use conditional GETs). */
    public void sitemapLastmod(boolean on) {
        sitemapLastmod = on;
    }

    /** Whether every sitemap answers 500, as a site in the middle of a bad deploy would. */
    public void sitemapBroken(boolean broken) {
        sitemapBroken = broken;
    }

    /** The post's page answers 404 from now on, while the sitemap and listings still link it. */
    public void gone(String slug) {
        gone.add(slug);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Post pages answered with a full 200 body (not 304) since the last reset. */
    public int pagesServed() {
        return pagesServed.get();
    }

    public int conditionalHits() {
        return conditional.get();
    }

    public void resetCounts() {
        hits.clear();
        conditional.set(0);
        pagesServed.set(0);
    }

    private void put(SitePages.Post post, Instant lastmod) {
        pages.put(post.slug(), render(post, lastmod));
    }

    private Page render(SitePages.Post post, Instant lastmod) {
        String article = SitePages.renderMarkdown(post.markdown());
        List<SitePages.Post> related = pages.values().stream().map(Page::post)
                .filter(o -> !o.slug().equals(post.slug())).limit(3).toList();
        byte[] html = SitePages.page(post, article, related).getBytes(StandardCharsets.UTF_8);
        return new Page(post, html, "\"" + sha1(html) + "\"", lastmod);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        if (ex.getRequestHeaders().containsKey("If-None-Match") || ex.getRequestHeaders().containsKey("If-Modified-Since")) {
            conditional.incrementAndGet();
        }
        try (ex) {
            if (hostility != null && hostility.handle(ex, path, this)) {
                return;
            }
            if (sitemapBroken && path.endsWith("sitemap.xml")) {
                send(ex, 500, "text/html; charset=utf-8", "<h1>500</h1>");
            } else if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain; charset=utf-8", "User-agent: *\nDisallow: /blog/private/\n");
            } else if (path.equals("/sitemap.xml")) {
                send(ex, 200, "application/xml", SiteSitemap.index(this));
            } else if (path.equals("/zh/sitemap.xml")) {
                send(ex, 200, "application/xml", SiteSitemap.urlset(this, blogPosts(), sitemapLastmod,
                        hostility == null ? List.of() : SiteHostility.PATHS));
            } else if (path.equals("/en/sitemap.xml")) {
                send(ex, 200, "application/xml", SiteSitemap.urlset(this, List.of(), false, List.of("/en/")));
            } else if (path.equals("/tags/sofa-weekly/index.xml") && feed) {
                send(ex, 200, "application/rss+xml", SiteSitemap.feed(this, sortedPosts()));
            } else if (path.equals("/tags/sofa-weekly/") || path.matches("/tags/sofa-weekly/page/\\d+/")) {
                listing(ex, path);
            } else if (path.equals("/blog/other-article/")) {
                send(ex, 200, "text/html; charset=utf-8", SitePages.layout("Other", "<article class=\"typo\"><p>Not a weekly.</p></article>", ""));
            } else if (path.startsWith("/blog/") && page(path.substring(6).replace("/", "")) != null
                    && !gone.contains(path.substring(6).replace("/", ""))) {
                post(ex, page(path.substring(6).replace("/", "")));
            } else {
                send(ex, 404, "text/html; charset=utf-8", "<h1>404</h1>");
            }
        }
    }

    /** The posts of the tag's feed and listing. */
    List<SitePages.Post> sortedPosts() {
        return pages.values().stream().map(Page::post)
                .filter(p -> !byTag || p.tags().stream().anyMatch(t -> SitePages.tagSlug(t).equals("sofa-weekly")))
                .sorted(Comparator.comparing(SitePages.Post::published).reversed().thenComparing(SitePages.Post::slug))
                .toList();
    }

    /** Every blog post, weekly or not, newest first: what the sitemap lists. */
    private List<SitePages.Post> blogPosts() {
        return Stream.concat(pages.values().stream(), others.values().stream()).map(Page::post)
                .sorted(Comparator.comparing(SitePages.Post::published).reversed().thenComparing(SitePages.Post::slug))
                .toList();
    }

    private void listing(HttpExchange ex, String path) throws IOException {
        List<SitePages.Post> all = sortedPosts();
        int pageCount = Math.max(1, (all.size() + PER_PAGE - 1) / PER_PAGE);
        int n = path.contains("/page/") ? Integer.parseInt(path.replaceAll("\\D", "")) : 1;
        if (n < 1 || n > pageCount) {
            send(ex, 404, "text/html; charset=utf-8", "<h1>404</h1>");
            return;
        }
        List<SitePages.Post> slice = all.subList((n - 1) * PER_PAGE, Math.min(all.size(), n * PER_PAGE));
        send(ex, 200, "text/html; charset=utf-8", SitePages.listing(slice, n, pageCount, pagination, feed));
    }

    private void post(HttpExchange ex, Page page) throws IOException {
        String lastModified = Crawl.httpDate(page.lastmod());
        if (etags) {
            ex.getResponseHeaders().set("ETag", page.etag());
        }
        ex.getResponseHeaders().set("Last-Modified", lastModified);
        String inm = etags ? ex.getRequestHeaders().getFirst("If-None-Match") : null;
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        Instant since = Crawl.httpDate(ims);
        boolean notModified = inm != null ? inm.equals(page.etag())
                : since != null && !page.lastmod().isAfter(since);
        if (notModified) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        pagesServed.incrementAndGet();
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, page.html().length);
        ex.getResponseBody().write(page.html());
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        send(ex, status, type, bytes);
    }

    static void send(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String w3c(Instant instant) {
        return instant.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
