package dev.weeklysearch.extract;

import dev.weeklysearch.source.RawPost;
import java.time.LocalDate;
import java.util.List;

/** TEMPORARY stand-in until the extract branch lands: one `other` entry per post. */
public final class Extractor {
    public Extractor() {
    }

    public Extraction extract(RawPost raw) throws PostException {
        String text = raw.text();
        if (text.isBlank()) {
            throw new PostException(raw.location(), "empty post");
        }
        Post post = new Post(raw.slug(), raw.slug(), LocalDate.of(2020, 1, 1),
                "https://www.sofastack.tech/blog/" + raw.slug() + "/", raw.location(), List.of());
        Entry e = new Entry(raw.slug() + "/other-1", Kind.OTHER, post, "", "", raw.slug(), text, "", "", "",
                List.of(), 0, "", List.of(), List.of(), List.of());
        return new Extraction(post, List.of(e));
    }
}
