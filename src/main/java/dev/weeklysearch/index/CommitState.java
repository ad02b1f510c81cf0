package dev.weeklysearch.index;

import dev.weeklysearch.source.PostState;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What a commit remembers besides its documents, kept in the commit's user data so that it
 * changes atomically with the documents: the state of every post (content hash, HTTP validators)
 * and the entry counts by kind. Reading it touches only the {@code segments_N} file, so a reindex
 * that finds nothing to do never opens the index itself.
 */
record CommitState(Map<String, PostState> posts, Map<String, Integer> entries, String lastReindex, String model) {
    private static final String POST = "post:";
    private static final String ENTRIES = "entries:";
    private static final char SEP = '\t';

    static final CommitState EMPTY = new CommitState(Map.of(), Map.of(), "", "");

    /**
     * The state of the latest commit: from the copy written beside it when that copy names the
     * latest commit (reading {@code segments_N} itself loads every codec class, a tenth of a second
     * of a no-change run), else from the commit.
     */
    static CommitState read(Directory dir) throws IOException {
        String latest = SegmentInfos.getLastCommitSegmentsFileName(dir.listAll());
        if (latest == null) {
            return EMPTY;
        }
        Map<String, String> copy = StateCopy.read(dir, latest);
        return parse(copy != null ? copy : SegmentInfos.readLatestCommit(dir).getUserData());
    }

    private static CommitState parse(Map<String, String> data) {
        Map<String, PostState> posts = new HashMap<>();
        Map<String, Integer> entries = new LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (k.startsWith(POST)) {
                String slug = k.substring(POST.length());
                String[] f = v.split(String.valueOf(SEP), -1);
                posts.put(slug, new PostState(slug, f[1], f[0], blankToNull(f[2]), blankToNull(f[3])));
            } else if (k.startsWith(ENTRIES)) {
                entries.put(k.substring(ENTRIES.length()), Integer.parseInt(v));
            }
        });
        return new CommitState(posts, entries, data.getOrDefault(Schema.COMMIT_LAST_REINDEX, ""),
                data.getOrDefault(Schema.COMMIT_EMBEDDING_MODEL, ""));
    }

    Map<String, String> toUserData() {
        Map<String, String> data = new HashMap<>();
        posts.forEach((slug, s) -> data.put(POST + slug, String.join(String.valueOf(SEP), s.contentHash(),
                clean(s.location()), clean(s.etag()), clean(s.lastModified()))));
        entries.forEach((kind, n) -> data.put(ENTRIES + kind, Integer.toString(n)));
        data.put(Schema.COMMIT_LAST_REINDEX, lastReindex);
        data.put(Schema.COMMIT_EMBEDDING_MODEL, model);
        return data;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(SEP, ' ');
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
