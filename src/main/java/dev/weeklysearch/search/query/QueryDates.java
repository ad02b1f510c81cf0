package dev.weeklysearch.search.query;

import dev.weeklysearch.analysis.Dates;
import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.query.text.Memo;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The dates a query asks for ("5月8日 mosn 会议", "2021-03-02", "June 30", "2022年"). A post
 * writes a date its own way ("06 月 03 日 14:00", or not at all when the date is the post's), so the
 * date is taken out of the word query, which would otherwise require its digits, and asked of the
 * entries' dates ({@link Schema#DATES}) as a bonus: entries of that date rank first among those the
 * words find, and no entry is found by its date alone. A query that is nothing but a date keeps its
 * words (it would otherwise ask for nothing) and gets the bonus too.
 */
final class QueryDates {
    /**
     * The bonus of an entry of the day asked for: above what the words of a strong match score
     * (a query's words in an entry's title and text score about 15 on the archive), so that the
     * entries of the day come first among those the words find. A reader who names the day means it.
     */
    private static final float DAY = 20f;
    /** A month asked for ("2022年4月") narrows less than a day, and still orders before the words. */
    private static final float MONTH = 12f;
    /**
     * More for an entry whose title names the day (a meeting's own announcement) than for one whose
     * text mentions it: half the day's bonus, above the word-score differences between entries of one meeting.
     */
    private static final float TITLED = 10f;
    /**
     * A year asked for ("2021 新手任务") is a weaker sign (a year is also part of names, "KubeCon
     * 2020"): about a type intent's bonus, it reorders close scores.
     */
    private static final float YEAR = 5f;

    /**
     * @param words the text left for the word query, null when it is the whole text
     * @param bonus the date clauses
     * @param days  the days and months asked for as one query (a year alone narrows too little), or null
     */
    record Asked(String words, List<Query> bonus, Query days) {
        static final Asked NONE = new Asked(null, List.of(), null);
    }

    private QueryDates() {
    }

    /** The dates of {@code text}, or {@link Asked#NONE} when it names none. Dates inside quotes stay words. */
    static Asked of(String text) {
        List<Dates.Found> found = Dates.inQuery(text);
        if (found.isEmpty()) {
            return Asked.NONE;
        }
        StringBuilder words = new StringBuilder();
        List<Query> bonus = new ArrayList<>();
        BooleanQuery.Builder days = new BooleanQuery.Builder();
        int dayCount = 0;
        int at = 0;
        for (Dates.Found f : found) {
            if (quoted(text, f.start())) {
                continue;
            }
            words.append(text, at, f.start()).append(' ');
            at = f.end();
            Dates.When w = f.when();
            float weight = w.month() == 0 ? YEAR : w.day() == 0 ? MONTH : DAY;
            Query q = new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Schema.DATES, w.term()))), weight);
            if (!bonus.contains(q)) {
                bonus.add(q);
                if (w.day() != 0) {
                    bonus.add(new BoostQuery(new ConstantScoreQuery(
                            new TermQuery(new Term(Schema.DATES, Dates.TITLED + w.term()))), TITLED));
                }
                if (w.month() != 0) {
                    days.add(new TermQuery(new Term(Schema.DATES, w.term())), BooleanClause.Occur.SHOULD);
                    dayCount++;
                }
            }
        }
        words.append(text, at, text.length());
        if (bonus.isEmpty()) {
            return Asked.NONE;
        }
        // Nothing but dates (and function words or exclusions): the words stay, the bonus orders them.
        String left = words.toString().strip();
        boolean asksSomething = VisitorQuery.parse(left).content(new Memo()).clauses().stream()
                .anyMatch(c -> !c.excluded() && c.text().codePoints().anyMatch(Character::isLetterOrDigit));
        return new Asked(asksSomething ? left : text, List.copyOf(bonus), dayCount == 0 ? null : days.build());
    }

    /** Within an open double quote: what the visitor quoted is searched as written. */
    private static boolean quoted(String text, int at) {
        long quotes = text.substring(0, at).chars().filter(c -> c == '"' || c == '“' || c == '”').count();
        return quotes % 2 == 1;
    }
}
