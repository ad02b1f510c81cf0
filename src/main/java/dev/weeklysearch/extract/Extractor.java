package dev.weeklysearch.extract;

import dev.weeklysearch.source.RawPost;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public Extractor() {
        this(DEFAULT_BASE_URL, PageSelectors.defaults());
    }

    /** @param baseUrl prefix of post URLs: a post's URL is {@code <baseUrl><slug>/} */
    public Extractor(String baseUrl, PageSelectors selectors) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        URI uri = URI.create(this.baseUrl);
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
        this.selectors = selectors;
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
        FrontMatter fm = FrontMatter.parse(raw.text(), raw.location());
        Post post = new Post(raw.slug(), fm.title(), fm.date(), url(raw), raw.location(), fm.tags());
        Document doc = Jsoup.parseBodyFragment(markdown.render(fm.body()));
        return extract(post, doc.body());
    }

    private Extraction fromHtml(RawPost raw) throws PostException {
        Document doc = Jsoup.parse(raw.text(), raw.url() == null ? baseUrl : raw.url());
        Element content = doc.selectFirst(selectors.content());
        if (content == null || content.text().isBlank()) {
            throw new PostException(raw.location(), "no post body at " + selectors.content());
        }
        Element titleEl = doc.selectFirst(selectors.title());
        String title = FrontMatter.cleanTitle(titleEl != null ? titleEl.text() : doc.title());
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
        List<String> tags = doc.select(selectors.tags()).eachText().stream().map(Text::clean).distinct().toList();
        return extract(new Post(raw.slug(), title, date, url(raw), raw.location(), tags), content);
    }

    private String url(RawPost raw) {
        return raw.url() != null ? raw.url() : baseUrl + raw.slug() + "/";
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
            drafts.addAll(switch (section.kind()) {
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
        Map<Kind, Integer> counters = new EnumMap<>(Kind.class);
        List<Entry> entries = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.joinedText().isEmpty()) {
                continue;
            }
            int n = counters.merge(d.kind, 1, Integer::sum);
            entries.add(d.toEntry(post.slug() + "/" + d.kind.id() + "-" + n, post));
        }
        return new Extraction(post, entries);
    }
}
