package se.kasus.platform.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Trainers' text (narratives, feedback, consequences, introductions, explanations) as HTML that a page may
 * insert: Markdown rendered by commonmark with raw HTML escaped and unsafe link targets dropped, then passed
 * through an allow-list sanitiser, so no script, event handler, style, {@code javascript:} or {@code data:}
 * URL survives even if the renderer let one through. Links keep only http, https and mailto targets and get
 * {@code rel="nofollow noopener noreferrer"}; a link with any other target is left as its text. Plain text without Markdown comes out as its paragraphs.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** The tags a page may get: text structure and links, nothing that runs, loads or styles. */
    public static final List<String> ALLOWED_TAGS = List.of("p", "br", "em", "strong", "code", "blockquote",
            "ul", "ol", "li", "a");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ALLOWED_TAGS.toArray(String[]::new))
            .allowAttributes("href").matching(Pattern.compile("(?i)(https?:|mailto:)\\S+")).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,4}")).onElements("ol")
            .toFactory();

    /**
     * Texts rendered before. The same narratives and feedback are rendered for every learner on every decision
     * (4 % of the server's CPU under the learning load); a course has a few hundred of them. Bounded: when full,
     * it starts again empty.
     */
    static final int CACHED_AT_MOST = 2_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    private SafeMarkdown() {
    }

    /** The text as sanitised HTML; null for null. */
    public static String html(String markdown) {
        if (markdown == null) {
            return null;
        }
        String known = RENDERED.get(markdown);
        if (known != null) {
            return known;
        }
        String html = POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
        if (RENDERED.size() >= CACHED_AT_MOST) {
            RENDERED.clear();
        }
        RENDERED.put(markdown, html);
        return html;
    }

    static int cached() {
        return RENDERED.size();
    }
}
