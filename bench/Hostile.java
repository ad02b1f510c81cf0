import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hostile load for bench/hostile.sh: COUNT requests to a loopback weekly-search, CONNECTIONS at a
 * time, stopping after MAX_SECONDS at most, of the kinds a fuzzer sends: Lucene syntax, control
 * characters, long strings, bad parameters, invalid UTF-8, over-long URLs and headers (sent over
 * a raw socket, as an HTTP client would refuse some of them), unknown and admin paths. Meanwhile
 * it asks for REFRESHES refreshes spread over the load (POST /admin/reindex with the token; the
 * n-th once n/REFRESHES of the requests are sent and /health says the previous one ended). Prints the answers by status, the 5xx count, non-JSON error
 * bodies, and how many refreshes ran. Exit code 1 when any answer was a 5xx or an error was not JSON.
 *
 * <p>Usage: java bench/Hostile.java BASE_URL COUNT CONNECTIONS MAX_SECONDS TOKEN REFRESHES [BEFORE_REFRESH_CMD]
 */
public final class Hostile {
    private static final String[] LUCENE = {"title:x AND y", "*", "?", "x~2", "[a TO z]", "\\", "\"unbalanced",
            "(((((((a", "a^1000", "/re.*gex/", "a OR b NOT c", "+-+-+-", "field:\"\"", "{!lucene}x", "*:*",
            "SOFAJRaft~0.5", "\"multi raft\"~1000", "a && b || !c", "-", "--", "\"", "^", "~~~~"};
    private static final String[] PARAMS = {"page=-1", "page=abc", "page=99999999999", "size=1000", "size=-5",
            "size=x", "type=nope", "type=qa,,,", "project=NotAProject", "year=99999", "year=abc", "sort=random",
            "fields=secret", "fields=text,text", "page=1&page=2", "q=&q=", "type=%00"};
    private static final String[] PATHS = {"/admin", "/admin/reindex", "/admin/x/../../search", "/%2e%2e/%2e%2e/etc/passwd",
            "/search/", "/SEARCH", "/metrics/x", "/web/../pom.xml", "/.git/config", "/search;jsessionid=1",
            "/%ZZ", "/%00", "/index.html%00.js"};

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        String token = args[4];
        int refreshes = Integer.parseInt(args[5]);
        String beforeRefresh = args.length > 6 ? args[6] : null;
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder ioErrors = new LongAdder();
        LongAdder notJson = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        AtomicLong firstNotJson = new AtomicLong(-1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();

        Thread refresher = Thread.ofPlatform().daemon().start(
                () -> refreshBackToBack(http, base, token, refreshes, beforeRefresh, deadline, next, count));
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    SplittableRandom r = new SplittableRandom(i);
                    try {
                        long t0 = System.nanoTime();
                        int[] answer = send(http, base, r, i);
                        NANOS[i % 10].add(System.nanoTime() - t0);
                        statuses.computeIfAbsent(answer[0], s -> new LongAdder()).increment();
                        if (answer[1] == 0) {
                            notJson.increment();
                            firstNotJson.compareAndSet(-1, i);
                        }
                    } catch (IOException e) {
                        ioErrors.increment();
                        IO_BY_KIND.computeIfAbsent(i % 10, k -> new LongAdder()).increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        double took = (System.nanoTime() - start) / 1e9;
        refresher.join(TimeUnit.SECONDS.toMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000_000L)) + 1);

        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((s, n) -> byStatus.put(s, n.sum()));
        long sent = byStatus.values().stream().mapToLong(Long::longValue).sum() + ioErrors.sum();
        long server5xx = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("hostile: %d requests in %.1f s (%.0f/s), %d connections; by status %s; 5xx %d; "
                + "error bodies not JSON %d%s; I/O errors %d %s; refreshes started %d%n", sent, took, sent / took,
                connections, byStatus, server5xx, notJson.sum(),
                firstNotJson.get() < 0 ? "" : " (first: request #" + firstNotJson.get() + ")", ioErrors.sum(),
                new TreeMap<>(IO_BY_KIND), STARTED.get());
        StringBuilder kinds = new StringBuilder();
        for (int k = 0; k < NANOS.length; k++) {
            kinds.append(k == 0 ? "" : ", ").append(k).append('=').append(NANOS[k].sum() / 1_000_000_000L).append(" s");
        }
        System.out.println("hostile: time spent by request kind (0-1 Lucene syntax, 2 control characters, 3 long strings, "
                + "4 bad parameters, 5 invalid UTF-8, 6 suggest, 7 paths, 8 mixed words, 9 raw): " + kinds);
        System.exit(server5xx > 0 || notJson.sum() > 0 ? 1 : 0);
    }

    private static final AtomicInteger STARTED = new AtomicInteger();
    /** Client-side I/O errors by kind of request. */
    private static final Map<Integer, LongAdder> IO_BY_KIND = new ConcurrentHashMap<>();
    /** Nanoseconds spent per kind of request, to see which kinds cost the server most. */
    private static final LongAdder[] NANOS = new LongAdder[10];

    static {
        for (int k = 0; k < NANOS.length; k++) {
            NANOS[k] = new LongAdder();
        }
    }

    /**
     * Asks for refreshes one after the other, spread over the load: the n-th (from 0) once n/refreshes
     * of the requests are sent and /health no longer says the previous one is running.
     */
    private static void refreshBackToBack(HttpClient http, URI base, String token, int refreshes, String beforeRefresh,
            long deadline, AtomicInteger sent, int count) {
        try {
            while (STARTED.get() < refreshes && System.nanoTime() < deadline) {
                while (sent.get() < (long) STARTED.get() * count / refreshes && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                if (beforeRefresh != null) {
                    new ProcessBuilder("bash", "-c", beforeRefresh).inheritIO().start().waitFor();
                }
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/admin/reindex"))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 202) {
                    STARTED.incrementAndGet();
                    System.out.printf("hostile: refresh %d started%n", STARTED.get());
                }
                do {
                    Thread.sleep(500);
                } while (System.nanoTime() < deadline && http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"running\":true"));
            }
        } catch (IOException e) {
            System.out.println("hostile: refresh requests failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One hostile request; returns {status, 1 when the body is JSON or the answer is not an error, else 0}. */
    private static int[] send(HttpClient http, URI base, SplittableRandom r, int i) throws IOException, InterruptedException {
        int kind = i % 10;
        if (kind == 9) {
            return raw(base, r);
        }
        String target = switch (kind) {
            case 0, 1 -> "/search?q=" + enc(LUCENE[r.nextInt(LUCENE.length)] + " " + LUCENE[r.nextInt(LUCENE.length)]);
            case 2 -> "/search?q=" + enc(controlChars(r));
            case 3 -> "/search?q=" + enc(longString(r, 200 + r.nextInt(1800)));
            case 4 -> "/search?q=mosn&" + PARAMS[r.nextInt(PARAMS.length)];
            case 5 -> "/search?q=" + invalidUtf8(r);
            case 6 -> "/suggest?q=" + enc(r.nextBoolean() ? controlChars(r) : longString(r, 500));
            case 7 -> PATHS[r.nextInt(PATHS.length)];
            default -> "/search?q=" + enc(mixed(r)) + "&type=qa&sort=" + (r.nextBoolean() ? "date" : "relevance");
        };
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            return raw(base, "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        }
        if (kind == 7 && r.nextBoolean()) {
            b.POST(HttpRequest.BodyPublishers.ofString("{\"x\":1}")).header("Authorization", "Bearer wrong");
        }
        HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        boolean json = resp.statusCode() < 400 || resp.body().startsWith("{\"error\"");
        return new int[] {resp.statusCode(), json ? 1 : 0};
    }

    /** Over-long URLs and headers, garbage request lines: what only a raw socket sends. */
    private static int[] raw(URI base, SplittableRandom r) throws IOException {
        String request = switch (r.nextInt(4)) {
            case 0 -> "GET /search?q=" + "a".repeat(9_000 + r.nextInt(40_000)) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
            case 1 -> "GET /search?q=x HTTP/1.1\r\nHost: x\r\nX-Junk: " + "b".repeat(9_000 + r.nextInt(40_000))
                    + "\r\nConnection: close\r\n\r\n";
            case 2 -> "GET /search?q=x HTTP/1.1\r\nHost: x\r\nNo colon here\r\nConnection: close\r\n\r\n";
            default -> "GET /search?q=%" + "\u0001\u007f" + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        };
        return raw(base, request);
    }

    private static int[] raw(URI base, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            if (response.length() < 12) {
                throw new IOException("no answer");
            }
            int status = Integer.parseInt(response.substring(9, 12));
            int body = response.indexOf("\r\n\r\n");
            boolean json = status < 400 || body >= 0 && response.substring(body + 4).startsWith("{\"error\"");
            return new int[] {status, json ? 1 : 0};
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String controlChars(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 1 + r.nextInt(40); k++) {
            b.append(r.nextInt(3) == 0 ? (char) ('a' + r.nextInt(26)) : (char) r.nextInt(0x20));
        }
        return b.toString();
    }

    private static String longString(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder(n);
        String alphabet = "分布式事务快照 SOFAJRaft mosn seata 0.6.0 -\"*";
        for (int k = 0; k < n; k++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String invalidUtf8(SplittableRandom r) {
        List<String> bad = List.of("%ED%A0%80", "%C0%AF", "%FF%FE", "%E4%B8", "%F4%90%80%80", "%80%80%80", "%", "%G1");
        return "x" + bad.get(r.nextInt(bad.size())) + "y" + bad.get(r.nextInt(bad.size()));
    }

    private static String mixed(SplittableRandom r) {
        String[] words = {"SOFAJRaft", "快照", "sofaboto", "kubernetse", "0.6.0", "MOSN", "分佈式", "\uD83D\uDE00", "\u202Eevil",
                "\uFEFF", "\u0000", "ｓｅａｔａ", "-v", "'; DROP TABLE x; --", "<script>alert(1)</script>"};
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 1 + r.nextInt(12); k++) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        return b.toString();
    }
}
