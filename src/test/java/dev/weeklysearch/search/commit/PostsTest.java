package dev.weeklysearch.search.commit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.PostRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Each document's post, as a hit names it, is the one its own stored fields name, across segments
 * that share posts; a post is read once however many of its documents are asked for. Each text is
 * "slug title" ("-" for a document without a slug).
 */
class PostsTest {
    private static final String[][] SEGMENTS = {
            {"weekly-1 First", "weekly-2 Second", "weekly-1 First"},
            {"weekly-3 Third", "- Nothing", "weekly-2 Second"},
            {"weekly-2 Second", "weekly-4 Fourth"}};

    private static List<IndexableField> fields(String text) {
        String[] words = text.split(" ");
        List<IndexableField> fields = new ArrayList<>();
        if (!words[0].equals("-")) {
            fields.add(new StringField(Schema.SLUG, words[0], Field.Store.YES));
            fields.add(new StoredField(Schema.POST_URL, "https://example.org/blog/" + words[0] + "/"));
            fields.add(new StoredField(Schema.POST_DATE, "2024-0" + words[0].charAt(words[0].length() - 1) + "-01"));
        }
        fields.add(new StoredField(Schema.TEXT, "a long text the post reference never needs"));
        fields.add(new StoredField(Schema.POST_TITLE, words[1]));
        return fields;
    }

    @Test
    void everyDocumentGetsThePostItsStoredFieldsName() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                DirectoryReader reader = Segments.write(dir, SEGMENTS, PostsTest::fields)) {
            Posts posts = Posts.of(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document d = reader.storedFields().document(doc);
                PostRef expected = new PostRef(d.get(Schema.SLUG), d.get(Schema.POST_TITLE), d.get(Schema.POST_DATE),
                        d.get(Schema.POST_URL));
                assertThat(posts.of(doc)).as("doc %d", doc).isEqualTo(expected);
            }
        }
    }

    @Test
    void aPostIsReadOnceForAllItsDocuments() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                DirectoryReader reader = Segments.write(dir, SEGMENTS, PostsTest::fields)) {
            Posts posts = Posts.of(reader);
            // weekly-2 in each of the three segments: documents 1, 5 and 6.
            PostRef first = posts.of(1);
            assertThat(posts.of(5)).isSameAs(first);
            assertThat(posts.of(6)).isSameAs(first);
            assertThat(posts.of(0)).isNotSameAs(first).isSameAs(posts.of(2));
            assertThat(posts.of(3).slug()).isEqualTo("weekly-3");
        }
    }
}
