package dev.weeklysearch.index;

import dev.weeklysearch.extract.Extraction;
import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.NotWeeklyPost;
import dev.weeklysearch.extract.PostException;
import dev.weeklysearch.source.PostSink;
import dev.weeklysearch.source.PostSource;
import dev.weeklysearch.source.RawPost;
import dev.weeklysearch.source.SourceException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything one read of a source delivered, and each post's extraction (test helper). */
final class CollectedPosts implements PostSink {

    final Map<String, RawPost> posts = new ConcurrentHashMap<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    /** Posts that are not weekly posts and list pages: skipped, not failed. */
    final List<String> skipped = new CopyOnWriteArrayList<>();

    static CollectedPosts read(PostSource source) throws SourceException {
        CollectedPosts sink = new CollectedPosts();
        source.read(Map.of(), sink);
        return sink;
    }

    /** Extractions by slug; a post the extractor refuses is recorded in {@link #failures}. */
    Map<String, Extraction> extract(Extractor extractor) {
        Map<String, Extraction> out = new TreeMap<>();
        for (RawPost raw : posts.values()) {
            try {
                out.put(raw.slug(), extractor.extract(raw));
            } catch (NotWeeklyPost e) {
                skipped.add(raw.slug() + ": " + e.getMessage());
            } catch (PostException e) {
                failures.add(raw.slug() + ": " + e.getMessage());
            }
        }
        return out;
    }

    @Override
    public void accept(RawPost post) {
        posts.put(post.slug(), post);
    }

    @Override
    public void unchanged(String slug) {
        failures.add(slug + ": reported unchanged on a first read");
    }

    @Override
    public void skipped(String location, String reason) {
        skipped.add(location + ": " + reason);
    }

    @Override
    public void failed(Failure failure) {
        failures.add(failure.location() + ": " + failure.reason());
    }
}
