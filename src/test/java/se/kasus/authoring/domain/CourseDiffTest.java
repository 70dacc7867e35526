package se.kasus.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseDiffTest {

    private static final String CASE_V1 = "id: case-01\ntitle: Den arga sökanden\nsteps:\n- id: dp1\n  prompt: Vad gör du?\n"
            + "  options:\n  - id: A\n    text: Du lyssnar.\n";
    private static final String CASE_V2 = CASE_V1.replace("text: Du lyssnar.", "text: Du lyssnar och antecknar.");

    @Test
    void aChangedLineShowsAsOneHunkWithTheOldAndTheNewLine() {
        String diff = CourseDiff.unified("v1", "v2", Map.of("cases/case-01.yaml", CASE_V1, "course.yaml", "id: k\n"),
                Map.of("cases/case-01.yaml", CASE_V2, "course.yaml", "id: k\n"), null);

        assertThat(diff).isEqualTo("""
                --- v1/cases/case-01.yaml
                +++ v2/cases/case-01.yaml
                @@ -5,4 +5,4 @@
                   prompt: Vad gör du?
                   options:
                   - id: A
                -    text: Du lyssnar.
                +    text: Du lyssnar och antecknar.
                """);
    }

    @Test
    void equalVersionsGiveAnEmptyDiff() {
        assertThat(CourseDiff.unified("v1", "v2", Map.of("a/x.yaml", "a\n"), Map.of("a/x.yaml", "a\n"), null)).isEmpty();
    }

    @Test
    void anAddedOrRemovedFileIsDiffedAgainstDevNull() {
        String diff = CourseDiff.unified("v1", "v2", Map.of("cases/case-02.yaml", "id: case-02\n"),
                Map.of("cases/case-03.yaml", "id: case-03\n"), null);

        assertThat(diff).contains("--- v1/cases/case-02.yaml\n+++ /dev/null\n", "-id: case-02\n",
                "--- /dev/null\n+++ v2/cases/case-03.yaml\n", "+id: case-03\n");
    }

    @Test
    void aPathLimitsTheDiffToThatFile() {
        String diff = CourseDiff.unified("v1", "v2", Map.of("a.yaml", "1\n", "b.yaml", "1\n"),
                Map.of("a.yaml", "2\n", "b.yaml", "2\n"), "b.yaml");

        assertThat(diff).contains("b.yaml").doesNotContain("a.yaml");
    }
}
