package se.kasus.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void markdownBecomesParagraphsEmphasisListsAndLinks() {
        String html = SafeMarkdown.html("Första stycket med *betoning* och **fetstil**.\n\n- ett\n- två\n\n"
                + "Läs [lagen](https://www.riksdagen.se/sv/) här.");

        assertThat(html).isEqualTo("<p>Första stycket med <em>betoning</em> och <strong>fetstil</strong>.</p>\n"
                + "<ul><li>ett</li><li>två</li></ul>\n"
                + "<p>Läs <a href=\"https://www.riksdagen.se/sv/\" rel=\"nofollow noopener noreferrer\">lagen</a> här.</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hej <script>alert(1)</script> då",
            "<img src=x onerror=alert(1)>",
            "<a href=\"#\" onclick=\"alert(1)\">klick</a>",
            "[klick](javascript:alert(1))",
            "[klick](JaVaScRiPt:alert(1))",
            "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![bild](data:image/svg+xml,<svg onload=alert(1)>)",
            "<javascript:alert(1)>",
            "<iframe src=\"https://example.org\"></iframe>",
            "<div style=\"position:fixed\">x</div>",
            "[x](vbscript:msgbox(1))"})
    void nothingThatRunsOrLoadsReachesThePage(String attack) {
        String html = SafeMarkdown.html(attack).toLowerCase(java.util.Locale.ROOT);

        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<svg", "<div", " onerror=", " onclick=",
                " onload=", " style=", "href=\"javascript:", "href=\"data:", "src=", "href=\"vbscript:");
        assertThat(html).doesNotContainPattern("<a [^>]*href=\"(?!https?:|mailto:)");
    }

    @Test
    void aLinkToAnythingButHttpHttpsOrMailtoIsLeftAsItsText() {
        assertThat(SafeMarkdown.html("[klick](javascript:alert(1))")).isEqualTo("<p>klick</p>");
        assertThat(SafeMarkdown.html("[bild](data:text/html,x)")).isEqualTo("<p>bild</p>");
        assertThat(SafeMarkdown.html("[skriv](mailto:a@b.se)")).contains("href=\"mailto:a&#64;b.se\"");
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        assertThat(SafeMarkdown.html("a <b>b</b>")).isEqualTo("<p>a &lt;b&gt;b&lt;/b&gt;</p>");
    }

    @Test
    void nullStaysNull() {
        assertThat(SafeMarkdown.html(null)).isNull();
    }

    @Test
    void aTextRenderedAgainGivesTheSameHtmlAndTheRememberedTextsStayWithinTheirBound() {
        String text = "Ett *eget* stycke för minnet.";
        String first = SafeMarkdown.html(text);

        assertThat(SafeMarkdown.html(text)).isEqualTo(first).isEqualTo("<p>Ett <em>eget</em> stycke för minnet.</p>");
        for (int i = 0; i < SafeMarkdown.CACHED_AT_MOST + 10; i++) {
            SafeMarkdown.html("Text nummer " + i + " med <script>x</script>");
        }
        assertThat(SafeMarkdown.cached()).isBetween(1, SafeMarkdown.CACHED_AT_MOST);
        assertThat(SafeMarkdown.html("Text nummer 5 med <script>x</script>"))
                .isEqualTo("<p>Text nummer 5 med &lt;script&gt;x&lt;/script&gt;</p>");
    }
}
