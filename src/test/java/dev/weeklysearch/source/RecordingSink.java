package dev.weeklysearch.source;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Keeps everything a source delivered, for assertions. */
final class RecordingSink implements PostSink {

    final Map<String, RawPost> accepted = new ConcurrentHashMap<>();
    final Set<String> unchanged = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();

    @Override
    public void accept(RawPost post) {
        accepted.put(post.slug(), post);
    }

    @Override
    public void unchanged(String slug) {
        unchanged.add(slug);
    }

    @Override
    public void failed(Failure failure) {
        failures.add(failure);
    }

    /** What a second run would be handed as {@code known}. */
    Map<String, PostState> states() {
        Map<String, PostState> known = new ConcurrentHashMap<>();
        accepted.values().forEach(p -> known.put(p.slug(),
                new PostState(p.slug(), p.location(), "hash", p.etag(), p.lastModified())));
        return known;
    }

    List<Failure> failureList() {
        return List.copyOf(failures);
    }
}
