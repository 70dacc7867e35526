package se.kasus.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.kasus.shared.domain.InvalidInputException;

class DocumentPathTest {

    @ParameterizedTest
    @CsvSource({"course.yaml,course", "principles.yaml,principles", "glossary.yaml,glossary", "modules/m1.yaml,module",
            "cases/case-01.yaml,case", "quizzes/quiz-m1.yaml,quiz"})
    void theCourseContentLayoutsPathsAreDocuments(String path, String kind) {
        assertThat(new DocumentPath(path).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../course.yaml", "cases/../course.yaml", "cases/case-01.yml", "cases/sub/case.yaml",
            "other.yaml", "/course.yaml", "cases/.yaml", "cases/.hidden.yaml", "modules\\m1.yaml", "schema/case.schema.json"})
    void anythingElseIsRefused(String path) {
        assertThatThrownBy(() -> new DocumentPath(path)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("document-path-invalid"));
        assertThat(DocumentPath.isValid(path)).isFalse();
    }
}
