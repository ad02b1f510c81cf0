package dev.weeklysearch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Lines every post repeats (intro, site links, section openers, QR footers): never entry text. */
final class Boilerplate {
    private static final Pattern INTRO = Pattern.compile("^SOFAStack ?[（(]Scalable Open Financial", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> LINES = List.of(
            Pattern.compile("Scalable Open Financial Architecture Stack", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^SOFA ?WEEKLY ?[|｜]", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(筛选每周精华问答[，,]?)?同步开源进展"),
            Pattern.compile("^筛选每周精华问答"),
            Pattern.compile("^欢迎留言互动\\S{0,2}$"),
            Pattern.compile("^SOFAStack ?(官网)? ?[:：]? ?(\\[|<)?(https?://)?(www\\.)?(sofastack\\.tech|github\\.com/sofastack)/?(\\]|>|\\(|$)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^欢迎大家(向公众号|在 ?GitHub|在群里)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^我们会筛选"),
            Pattern.compile("^(通过 ?)?[\"“”] ?SOFA WEEKLY ?[\"“”] ?的形式回复", Pattern.CASE_INSENSITIVE),
            Pattern.compile("更多文章请扫码关注"),
            Pattern.compile("^欢迎扫码关注"),
            Pattern.compile("^本周各项目回复 ?issue ?共计", Pattern.CASE_INSENSITIVE));

    private Boilerplate() {
    }

    /** Lines minus boilerplate; the intro paragraph is dropped whole, as it is sometimes hard-wrapped. */
    static List<Line> strip(List<Line> lines) {
        Set<Integer> introBlocks = new HashSet<>();
        for (Line line : lines) {
            if (INTRO.matcher(line.text()).find()) {
                introBlocks.add(line.block());
            }
        }
        return lines.stream().filter(l -> !introBlocks.contains(l.block()) && !isBoilerplate(l)).toList();
    }

    static boolean isBoilerplate(Line line) {
        if (line.isCode()) {
            return false;
        }
        String t = line.text();
        if (t.isEmpty()) {
            // banners and QR codes: images with no words; image links stay (article title + image-link)
            return line.imageLink().isEmpty() && line.links().isEmpty();
        }
        for (Pattern p : LINES) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
