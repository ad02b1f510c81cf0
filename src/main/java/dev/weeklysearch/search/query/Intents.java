package dev.weeklysearch.search.query;

import dev.weeklysearch.index.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The entry type a query asks for by its words ("直播" asks for events, "发布" for releases), from
 * {@code intents.tsv}: such hits get a bonus that reorders close scores without hiding the rest.
 */
final class Intents {
    private static final String RESOURCE = "/dev/weeklysearch/search/intents.tsv";
    private static final float BONUS = 2f;

    private record Intent(String type, List<String> words) {
    }

    private Intents() {
    }

    /** Bonus clauses for the types {@code query} asks for; empty when it names none. */
    static List<Query> of(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        List<Query> out = new ArrayList<>();
        for (Intent i : Holder.INTENTS) {
            if (i.words().stream().anyMatch(q::contains)) {
                out.add(new BoostQuery(new TermQuery(new Term(Schema.TYPE, i.type())), BONUS));
            }
        }
        return out;
    }

    private static final class Holder {
        static final List<Intent> INTENTS = load();
    }

    private static List<Intent> load() {
        List<Intent> intents = new ArrayList<>();
        try (InputStream in = Intents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                intents.add(new Intent(cols[0].strip(), List.of(cols[1].toLowerCase(Locale.ROOT).split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(intents);
    }
}
