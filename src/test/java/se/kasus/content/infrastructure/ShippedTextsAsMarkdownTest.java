package se.kasus.content.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.kasus.content.domain.CaseOption;
import se.kasus.content.domain.Course;
import se.kasus.platform.text.SafeMarkdown;

/**
 * The shipped course's texts were written as plain text. Read as Markdown they must look the same: only
 * paragraphs, and the same words (no line start read as a list, no asterisk read as emphasis).
 */
class ShippedTextsAsMarkdownTest {

    private static final Pattern PARAGRAPHS_ONLY = Pattern.compile("(<p>[^<]*</p>\\s*)+");

    @Test
    void everyShippedTextRendersAsItsOwnParagraphsWithTheSameText() {
        Course course = new CourseFolderReader(new ContentSchemas(), Path.of("course-content", "mr-offentlig-verksamhet"))
                .read().course();
        List<String> texts = new ArrayList<>();
        course.modules().forEach(m -> texts.add(m.introduction()));
        course.cases().forEach(c -> {
            texts.add(c.narrative());
            c.steps().forEach(s -> s.options().forEach(o -> addOption(texts, o)));
        });
        course.questionBanks().forEach(b -> b.questions().forEach(q -> texts.add(q.explanation())));

        assertThat(texts).hasSizeGreaterThan(100);
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String html = SafeMarkdown.html(text);
            assertThat(html).as(text).matches(PARAGRAPHS_ONLY);
            String shown = html.replaceAll("</?p>", " ").replace("&#34;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#43;", "+")
                    .replace("&#61;", "=").replace("&#64;", "@").replace("&#96;", "`");
            assertThat(normalised(shown)).as(text).isEqualTo(normalised(text));
        }
    }

    private static void addOption(List<String> texts, CaseOption option) {
        texts.add(option.feedback());
        texts.add(option.consequence());
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
