package dev.weeklysearch.extract;

import dev.weeklysearch.source.RawPost;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Post to typed entries. Markdown is rendered to HTML first so that Markdown files and crawled
 * pages go through the same DOM extraction.
 */
public final class Extractor {
    public static final String DEFAULT_BASE_URL = "https://www.sofastack.tech/blog/";
    private static final Pattern PAGE_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");

    private final String baseUrl;
    private final String origin;
    private final PageSelectors selectors;
    private final Supplier<WeeklyRule> weeklySource;
    private volatile WeeklyRule weekly;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public Extractor() {
        this(DEFAULT_BASE_URL, PageSelectors.defaults());
    }

    public Extractor(String baseUrl, PageSelectors selectors) {
        this(baseUrl, selectors, WeeklyRule.defaults());
    }

    /**
     * @param baseUrl prefix of post URLs: a post's URL is {@code <baseUrl><slug>/}
     * @param weekly  which posts are weekly posts; others throw {@link NotWeeklyPost}
     */
    public Extractor(String baseUrl, PageSelectors selectors, WeeklyRule weekly) {
        this(baseUrl, selectors, () -> weekly);
    }

    /** The rule is asked for once, on the first post: a run that extracts nothing never reads the config. */
    public Extractor(String baseUrl, PageSelectors selectors, Supplier<WeeklyRule> weekly) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        URI uri = URI.create(this.baseUrl);
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
        this.selectors = selectors;
        this.weeklySource = weekly;
    }

    private WeeklyRule weekly() {
        WeeklyRule rule = weekly;
        if (rule == null) {
            rule = weeklySource.get();
            weekly = rule;
        }
        return rule;
    }

    public Extraction extract(RawPost raw) throws PostException {
        try {
            return raw.format() == RawPost.Format.MARKDOWN ? fromMarkdown(raw) : fromHtml(raw);
        } catch (PostException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PostException(raw.location(), "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private Extraction fromMarkdown(RawPost raw) throws PostException {
        FrontMatter fm = FrontMatter.parse(raw.text(), raw.location(), weekly());
        Post post = new Post(raw.slug(), fm.title(), fm.date(), url(raw), raw.location(), fm.tags());
        Document doc = Jsoup.parseBodyFragment(markdown.render(fm.body()));
        return extract(post, doc.body());
    }

    private Extraction fromHtml(RawPost raw) throws PostException {
        Document doc = Jsoup.parse(raw.text(), raw.url() == null ? baseUrl : raw.url());
        Element titleEl = doc.selectFirst(selectors.title());
        String title = FrontMatter.cleanTitle(titleEl != null ? titleEl.text() : doc.title());
        Elements tagLinks = doc.select(selectors.tags());
        List<String> tags = tagLinks.eachText().stream().map(Text::clean).distinct().toList();
        if (!weekly().keepsPage(title, tags, tagSlugs(tagLinks))) {
            throw new NotWeeklyPost(raw.location(), "not a weekly post (tags " + tags + ")");
        }
        Element content = doc.selectFirst(selectors.content());
        if (content == null || content.text().isBlank()) {
            throw new PostException(raw.location(), "no post body at " + selectors.content());
        }
        Element dateEl = doc.selectFirst(selectors.date());
        Matcher m = PAGE_DATE.matcher(dateEl == null ? "" : dateEl.text());
        if (!m.find()) {
            throw new PostException(raw.location(), "no date at " + selectors.date());
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            throw new PostException(raw.location(), "bad date " + m.group(), e);
        }
        return extract(new Post(raw.slug(), title, date, url(raw), raw.location(), tags), content);
    }

    /** The last path segment of each tag link: Hugo's {@code /tags/sofa-weekly/}. */
    private static List<String> tagSlugs(Elements links) {
        List<String> slugs = new ArrayList<>();
        for (Element a : links) {
            String[] parts = a.attr("href").split("[/?#]");
            for (int i = parts.length - 1; i >= 0; i--) {
                if (!parts[i].isEmpty()) {
                    slugs.add(parts[i]);
                    break;
                }
            }
        }
        return slugs;
    }

    private String url(RawPost raw) {
        // A folder name may hold spaces, '|', '&', '(' or commas: the slug is one encoded path segment.
        return raw.url() != null ? raw.url()
                : baseUrl + URLEncoder.encode(raw.slug(), StandardCharsets.UTF_8).replace("+", "%20") + "/";
    }

    /** An unnamed section that is a list of links is a reading list, whatever its title. */
    private static boolean mostlyLinks(Section section) {
        long text = section.lines().stream().filter(l -> !l.text().isEmpty()).count();
        long linked = section.lines().stream().filter(l -> !l.text().isEmpty() && !l.links().isEmpty()).count();
        return section.header() != null && text >= 2 && linked * 10 >= text * 7;
    }

    /** Entries of a post whose body is {@code contentRoot}, in document order with stable ids. */
    public Extraction extract(Post post, Element contentRoot) {
        List<Line> lines = Boilerplate.strip(Lines.of(contentRoot));
        List<Draft> drafts = new ArrayList<>();
        for (Section section : Sections.split(lines)) {
            drafts.addAll(switch (section.type()) {
                case QA -> {
                    List<Draft> qa = QaExtractor.extract(section);
                    // a second, mislabelled Q&A heading sometimes holds a reading list
                    yield qa.isEmpty() && mostlyLinks(section) ? ArticleExtractor.extract(section, origin) : qa;
                }
                case RELEASE -> ReleaseExtractor.extract(section);
                case EVENT -> EventExtractor.extract(section);
                case ARTICLE -> ArticleExtractor.extract(section, origin);
                case OTHER -> mostlyLinks(section) ? ArticleExtractor.extract(section, origin) : OtherExtractor.extract(section);
            });
        }
        Map<EntryType, Integer> counters = new EnumMap<>(EntryType.class);
        List<Entry> entries = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.joinedText().isEmpty()) {
                continue;
            }
            int n = counters.merge(d.type, 1, Integer::sum);
            entries.add(d.toEntry(post.slug() + "/" + d.type.id() + "-" + n, post));
        }
        return new Extraction(post, entries);
    }
}
