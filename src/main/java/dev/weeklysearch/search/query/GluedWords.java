package dev.weeklysearch.search.query;

import dev.weeklysearch.analysis.Chars;
import dev.weeklysearch.index.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Words typed without spaces between Latin and Chinese ("mosn怎么配置"), and names
 * typed with one wrong character. Such a clause holds several words: the relaxed pass takes them
 * one by one, as if typed with spaces, and a Latin word the index does not hold is corrected
 * ({@link Typos}) wherever it sits, not only when typed on its own. A Chinese name of three or
 * four characters that no asker has matches the askers who share all its characters but one
 * (张三丰 for 张三峰): readers type a name by its sound, and a homophone is one character off.
 */
final class GluedWords {
    /**
     * How a name's match by all characters but one weighs. It was 0.5: then an entry holding one or
     * two of the name's characters apart (SmartCN cuts an unknown name into single characters, and
     * each may match alone) came before the asker in 19 of the 151 misspelt names of the archive
     * ({@code TypoQueries}); at 1.5, in 5. A name typed right still matches the asker's field as a
     * phrase as well, and ranks first.
     */
    private static final float NAME_BOOST = 1.5f;

    private GluedWords() {
    }

    /** The clause cut where Latin letters meet Chinese characters; the clause itself when they never do. */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int last = 0; // 0 none yet, 1 Latin, 2 Han
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            char folded = Character.isBmpCodePoint(cp) ? Chars.fold((char) cp) : 0;
            // Digits join either side: "8月" and "jdk17" are one word each.
            int kind = Chars.isHan(cp) ? 2 : folded < 128 && Character.isLetter(folded) ? 1 : 0;
            if (kind != 0) {
                if (last != 0 && kind != last) {
                    out.add(text.substring(start, i));
                    start = i;
                }
                last = kind;
            }
            i += Character.charCount(cp);
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * The glued clause matched with its Latin typo corrected: every piece, each where it likes, and at
     * least one piece's correction (so that it adds nothing when every Latin piece is a known word);
     * null when no Latin piece could be a typo.
     */
    static Query corrected(List<String> pieces, Function<String, Query> pieceQuery, TypoAutomata.Recent automata) {
        BooleanQuery.Builder fixes = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        int n = 0;
        for (String p : pieces) {
            Query fix = Typos.fuzzy(p.strip(), automata);
            if (fix != null) {
                fixes.add(fix, Occur.SHOULD);
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(fixes.build(), Occur.FILTER);
        for (String p : pieces) {
            Query q = pieceQuery.apply(p);
            if (q != null) {
                all.add(q, Occur.MUST);
            }
        }
        return all.build();
    }

    /** Askers whose names share all but one character of a three- or four-character Chinese name; null otherwise. */
    static Query nameWithOneWrongCharacter(String text) {
        String name = text.strip();
        int length = name.codePointCount(0, name.length());
        if (length < 3 || length > 4 || !name.codePoints().allMatch(Chars::isHan)) {
            return null;
        }
        // The asker field's chain folds traditional characters to simplified ones: so does the name.
        int[] chars = name.codePoints().map(cp -> Character.isBmpCodePoint(cp) ? Chars.fold((char) cp) : cp).toArray();
        BooleanQuery.Builder all = new BooleanQuery.Builder().setMinimumNumberShouldMatch(length - 1);
        java.util.Arrays.stream(chars).distinct().forEach(cp -> all.add(character(cp), Occur.SHOULD));
        // The family name is typed right (the given name's homophones are the usual slip): a query's
        // three common characters ("的开发") then rarely reach an asker.
        Query name3 = new BooleanQuery.Builder().add(character(chars[0]), Occur.FILTER).add(all.build(), Occur.MUST).build();
        return new BoostQuery(name3, NAME_BOOST);
    }

    private static Query character(int cp) {
        return new TermQuery(new Term(Schema.ASKER, new String(Character.toChars(cp))));
    }
}
