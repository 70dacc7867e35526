package se.kasus.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.shared.domain.InvalidInputException;

class DraftTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-04T10:05:00Z");

    private Draft draft() {
        return new Draft("kurs", 3, Map.of("course.yaml", "{\"id\": \"kurs\"}\n"), "tina", T0);
    }

    @Test
    void aNewDraftStartsAtRevisionOneWithItsDocuments() {
        Draft draft = draft();

        assertThat(draft.revision()).isEqualTo(1);
        assertThat(draft.basedOnVersion()).isEqualTo(3);
        assertThat(draft.documents()).containsOnlyKeys("course.yaml");
        assertThat(draft.createdBy()).isEqualTo("tina");
        assertThat(draft.id()).hasSize(36);
    }

    @Test
    void everyWriteAtTheCurrentRevisionRaisesItByOneAndRecordsTheWriter() {
        Draft draft = draft();

        draft.write(new DocumentPath("cases/case-01.yaml"), "{\"id\": \"case-01\"}", 1, "olle", T1);
        draft.write(new DocumentPath("course.yaml"), "{\"id\": \"kurs\", \"title\": \"Ny\"}", 2, "olle", T1);

        assertThat(draft.revision()).isEqualTo(3);
        assertThat(draft.updatedBy()).isEqualTo("olle");
        assertThat(draft.updatedAt()).isEqualTo(T1);
        assertThat(draft.document(new DocumentPath("course.yaml"))).hasValue("{\"id\": \"kurs\", \"title\": \"Ny\"}");
        assertThat(draft.documents()).containsOnlyKeys("course.yaml", "cases/case-01.yaml");
    }

    @Test
    void aWriteOnAnOlderRevisionChangesNothingAndNamesTheCurrentRevision() {
        Draft draft = draft();
        draft.write(new DocumentPath("course.yaml"), "{\"id\": \"kurs\", \"title\": \"A\"}", 1, "tina", T1);

        assertThatThrownBy(() -> draft.write(new DocumentPath("course.yaml"), "{\"id\": \"kurs\", \"title\": \"B\"}", 1,
                "olle", T1))
                .isInstanceOfSatisfying(StaleRevisionException.class, e -> {
                    assertThat(e.currentRevision()).isEqualTo(2);
                    assertThat(e.expectedRevision()).isEqualTo(1);
                });
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.document(new DocumentPath("course.yaml"))).hasValue("{\"id\": \"kurs\", \"title\": \"A\"}");
        assertThat(draft.updatedBy()).isEqualTo("tina");
    }

    @Test
    void aNewerRevisionThanTheDraftsIsStaleToo() {
        assertThatThrownBy(() -> draft().requireRevision(2)).isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void removingADocumentRaisesTheRevisionAndRemovingAMissingOneChangesNothing() {
        Draft draft = draft();

        assertThat(draft.remove(new DocumentPath("cases/case-09.yaml"), 1, "tina", T1)).isFalse();
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(draft.remove(new DocumentPath("course.yaml"), 1, "tina", T1)).isTrue();
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.documents()).isEmpty();
        assertThatThrownBy(() -> draft.remove(new DocumentPath("course.yaml"), 1, "tina", T1))
                .isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void publishingRebasesTheDraftOnTheNewVersionAsAChange() {
        Draft draft = draft();

        draft.rebase(4, "tina", T1);

        assertThat(draft.basedOnVersion()).isEqualTo(4);
        assertThat(draft.revision()).isEqualTo(2);
    }

    @Test
    void anEmptyOrOversizedDocumentIsRefused() {
        Draft draft = draft();

        assertThatThrownBy(() -> draft.write(new DocumentPath("course.yaml"), " ", 1, "tina", T1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("document-empty"));
        String huge = "{\"x\": \"" + "a".repeat(Draft.MAX_DOCUMENT_CHARS) + "\"}";
        assertThatThrownBy(() -> draft.write(new DocumentPath("course.yaml"), huge, 1, "tina", T1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("document-too-large"));
        assertThat(draft.revision()).isEqualTo(1);
    }
}
