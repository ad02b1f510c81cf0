package dev.weeklysearch.index;

import dev.weeklysearch.extract.NotWeeklyPost;
import dev.weeklysearch.source.PostState;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a run skipped: posts that are not weekly posts (by slug, so that their states are kept) and
 * list pages, counted by reason. A skipped post's state carries a marked hash: the next run then
 * skips it by 304 or sitemap date instead of fetching and parsing it again.
 */
final class Skips {
    static final String NOT_WEEKLY = NotWeeklyPost.NOT_WEEKLY;
    private static final String MARK = "skipped:";

    final Set<String> posts = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> byReason = new ConcurrentHashMap<>();

    void count(String reason) {
        byReason.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
    }

    void notWeekly(String slug) {
        skipped(slug, NOT_WEEKLY);
    }

    /** A post skipped for {@code reason}: its state is kept, like a post that is not weekly. */
    void skipped(String slug, String reason) {
        posts.add(slug);
        count(reason);
    }

    Map<String, Integer> byReason() {
        Map<String, Integer> out = new TreeMap<>();
        byReason.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    static boolean marked(PostState state) {
        return state != null && state.contentHash() != null && state.contentHash().startsWith(MARK);
    }

    static String mark(String hash) {
        return MARK + hash;
    }

    /** The content hash a state records, without the mark. */
    static String hashOf(PostState state) {
        return marked(state) ? state.contentHash().substring(MARK.length()) : state.contentHash();
    }
}
