package dev.weeklysearch.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written in text, and the index terms that find them. The index side reads only
 * the forms a post writes unambiguously (a month and day followed by 日 or 号, with or without a
 * year, and years with slashes or dashes); a query also reads the forms a reader types ("6/30",
 * "June 30", a bare year "2022", Chinese numerals "六月三十日"). The text is folded first
 * ({@link Chars#fold}), so full-width digits read as digits; offsets are the original text's.
 *
 * <p>Terms ({@link #terms}): {@code 2023-06-28} (the day), {@code 06-28} (that day of any year),
 * {@code 2023-06} (the month) and {@code 2023} (the year). A date asked for finds entries through
 * the one term that says all it gives ({@link When#term}).
 */
public final class Dates {
    private static final String NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /** 2023年6月3日, 6 月 3 日, 06月03号, 六月三十日. */
    private static final Pattern CHINESE_DAY = Pattern.compile(
            "(?<![\\d.])(?:((?:19|20)\\d{2})\\s*年\\s*)?" + NUM + "\\s*月\\s*" + NUM + "\\s*[日号]");
    /** 2023-06-28, 2020/7/2, 2023.9.19. */
    private static final Pattern NUMERIC_DAY = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d.])");
    /** 2022年4月 (no day after it: CHINESE_DAY reads those first). */
    private static final Pattern CHINESE_MONTH = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})\\s*年\\s*" + NUM + "\\s*月");
    /** 6/30 in a query: a month and a day, slash-separated. */
    private static final Pattern SLASH_DAY = Pattern.compile("(?<![\\d./\\p{L}])(\\d{1,2})/(\\d{1,2})(?![\\d./])");
    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    /** June 30, Jun 30th 2023, June 30, 2023. */
    private static final Pattern ENGLISH_DAY = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\d])");
    /** 30 June, 30th June 2023. */
    private static final Pattern DAY_ENGLISH = Pattern.compile(
            "(?<![\\p{L}\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "(?:,?\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\d])");
    /** June 2023. */
    private static final Pattern ENGLISH_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTHS + ",?\\s+((?:19|20)\\d{2})(?![\\p{L}\\d])");
    /** 2022, 2022年, alone: not inside a version, a number or a word. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d._-])((?:19|20)\\d{2})(?:\\s*年)?(?![\\p{L}\\d._-])");
    private static final String CHINESE_DIGITS = "一二三四五六七八九";

    /** Prefix of the terms of a day an entry's title names. */
    public static final String TITLED = "t:";

    private Dates() {
    }

    /**
     * A date as far as the text gives it: year, month, day, 0 where not given (a month and day
     * without a year; a year and month; a year alone).
     */
    public record When(int year, int month, int day) {
        /** The index term that finds the entries of this date, the most specific the text allows. */
        public String term() {
            if (month == 0) {
                return Integer.toString(year);
            }
            if (day == 0) {
                return String.format(Locale.ROOT, "%04d-%02d", year, month);
            }
            return year == 0 ? String.format(Locale.ROOT, "%02d-%02d", month, day)
                    : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        }
    }

    /** One date found in a text, at {@code [start, end)}. */
    public record Found(int start, int end, When when) {
    }

    /** The terms an entry of this date is found by: the day, the day of any year, the month, the year. */
    public static List<String> terms(LocalDate d) {
        return List.of(d.toString(), String.format(Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth()),
                String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()), Integer.toString(d.getYear()));
    }

    /**
     * The days a post's text writes (event times, "06 月 03 日 14:00"), a day without a year taken in
     * the year that puts it nearest to {@code near} (the post's date: a December post announcing a
     * January meeting means the next year).
     */
    public static List<LocalDate> daysIn(String text, LocalDate near) {
        List<LocalDate> out = new ArrayList<>();
        for (Found f : scan(text, false)) {
            When w = f.when();
            if (w.day() == 0) {
                continue;
            }
            LocalDate best = null;
            for (int y : w.year() != 0 ? new int[] {w.year()} : new int[] {near.getYear() - 1, near.getYear(), near.getYear() + 1}) {
                LocalDate d = date(y, w.month(), w.day());
                if (d != null && (best == null || distance(d, near) < distance(best, near))) {
                    best = d;
                }
            }
            if (best != null && !out.contains(best)) {
                out.add(best);
            }
        }
        return out;
    }

    /** The dates a reader's query writes, in text order, none overlapping. */
    public static List<Found> inQuery(String query) {
        return scan(query, true);
    }

    private static List<Found> scan(String original, boolean query) {
        char[] folded = original.toCharArray();
        Chars.fold(folded, 0, folded.length);
        if (!mayHoldDate(folded)) {
            return List.of();
        }
        String text = new String(folded).toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        Matcher m = CHINESE_DAY.matcher(text);
        while (m.find()) {
            add(found, m, m.group(1) == null ? 0 : Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)));
        }
        m = NUMERIC_DAY.matcher(text);
        while (m.find()) {
            add(found, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = CHINESE_MONTH.matcher(text);
        while (m.find()) {
            add(found, m, Integer.parseInt(m.group(1)), number(m.group(2)), 0);
        }
        if (query) {
            m = ENGLISH_DAY.matcher(text);
            while (m.find()) {
                add(found, m, m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2)));
            }
            m = DAY_ENGLISH.matcher(text);
            while (m.find()) {
                add(found, m, m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = ENGLISH_MONTH.matcher(text);
            while (m.find()) {
                add(found, m, Integer.parseInt(m.group(2)), month(m.group(1)), 0);
            }
            m = SLASH_DAY.matcher(text);
            while (m.find()) {
                add(found, m, 0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = YEAR.matcher(text);
            while (m.find()) {
                add(found, m, Integer.parseInt(m.group(1)), 0, 0);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return List.copyOf(found);
    }

    /**
     * Whether any pattern could match: each needs a digit, or 月 (a day in Chinese numerals,
     * 六月三十日). Most queries have neither, and eight regular expressions scanned each of them.
     */
    private static boolean mayHoldDate(char[] folded) {
        for (char c : folded) {
            if (c >= '0' && c <= '9' || c == '月') {
                return true;
            }
        }
        return false;
    }

    /** Adds a valid date that overlaps none found before (the more specific forms are read first). */
    private static void add(List<Found> found, Matcher m, int year, int month, int day) {
        boolean valid = month == 0 ? year > 0 && day == 0
                : month > 0 && month <= 12 && (day == 0 ? year > 0 : date(year == 0 ? 2000 : year, month, day) != null);
        if (!valid || found.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end())) {
            return;
        }
        found.add(new Found(m.start(), m.end(), new When(year, month, day)));
    }

    /** 1 to 31 in digits or Chinese numerals (三十一, 十二, 六); -1 when it is neither. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? CHINESE_DIGITS.indexOf(s.charAt(0)) + 1 : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? CHINESE_DIGITS.indexOf(s.charAt(0)) + 1 : 0;
        int ones = ten == s.length() - 1 ? 0 : s.length() - ten == 2 ? CHINESE_DIGITS.indexOf(s.charAt(ten + 1)) + 1 : -1;
        return tens <= 0 || ones < 0 || s.length() > 3 ? -1 : tens * 10 + ones;
    }

    private static int month(String name) {
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(name.substring(0, 3)) + 1;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
