package dev.weeklysearch.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters of one crawl: requests, responses by status, bytes, outcomes per post. */
public final class CrawlStats {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final Map<Integer, LongAdder> responses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<PostSink.Failure> failures = new ConcurrentLinkedQueue<>();

    void request() {
        requests.incrementAndGet();
    }

    void response(int status, long bodyBytes) {
        responses.computeIfAbsent(status, s -> new LongAdder()).increment();
        bytes.addAndGet(bodyBytes);
    }

    void countDelivered() {
        delivered.incrementAndGet();
    }

    void countUnchanged() {
        unchanged.incrementAndGet();
    }

    void countFailed(PostSink.Failure failure) {
        failures.add(failure);
    }

    /** HTTP requests sent, robots.txt, sitemaps and listing pages included; retries and redirects each count. */
    public long requests() {
        return requests.get();
    }

    /** Body bytes received. */
    public long bytes() {
        return bytes.get();
    }

    /** Posts delivered with a body. */
    public long delivered() {
        return delivered.get();
    }

    /** Posts reported unchanged (304 or sitemap lastmod). */
    public long unchangedCount() {
        return unchanged.get();
    }

    /** Responses by HTTP status, sorted. */
    public Map<Integer, Long> responsesByStatus() {
        Map<Integer, Long> out = new TreeMap<>();
        responses.forEach((status, n) -> out.put(status, n.sum()));
        return out;
    }

    /** Every failure with its URL, in the order they happened. */
    public List<PostSink.Failure> failures() {
        return List.copyOf(failures);
    }

    /** Failure counts by reason, sorted. */
    public Map<String, Long> failuresByReason() {
        Map<String, Long> out = new TreeMap<>();
        failures.forEach(f -> out.merge(f.reason(), 1L, Long::sum));
        return out;
    }

    /** One line for a summary, e.g. {@code 147 requests, 812 KB, 144 fetched, 0 unchanged, 2 failed {HTTP 404=1, ...}}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d requests %s, %d KB, %d fetched, %d unchanged, %d failed %s",
                requests(), responsesByStatus(), bytes() / 1024, delivered(), unchangedCount(), failures.size(),
                failuresByReason());
    }

    @Override
    public String toString() {
        return summary();
    }
}
