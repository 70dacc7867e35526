package se.kasus.tracking.lrs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.PreconditionFailedException;

class PreconditionsTest {

    private static final String ETAG = LrsDocument.sha1("{\"x\":1}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theEtagIsTheLowerCaseHexSha1OfTheContent() {
        assertThat(LrsDocument.sha1("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    @Test
    void ifMatchHoldsForTheCurrentEtagQuotedWeakInAListOrStar() {
        for (String header : new String[] {"\"" + ETAG + "\"", "W/\"" + ETAG + "\"", "\"other\", \"" + ETAG + "\"", "*",
                "\"" + ETAG.toUpperCase() + "\""}) {
            assertThatCode(() -> new Preconditions(header, null).check(ETAG)).as(header).doesNotThrowAnyException();
        }
    }

    @Test
    void ifMatchFailsForAnotherEtagOrAMissingDocument() {
        assertThatThrownBy(() -> new Preconditions("\"other\"", null).check(ETAG)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> new Preconditions("*", null).check(null)).isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void ifNoneMatchStarFailsOnlyWhenTheDocumentExists() {
        assertThatCode(() -> new Preconditions(null, "*").check(null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Preconditions(null, "*").check(ETAG)).isInstanceOf(PreconditionFailedException.class);
        assertThatCode(() -> new Preconditions(null, "\"other\"").check(ETAG)).doesNotThrowAnyException();
    }

    @Test
    void aPutOverAnExistingProfileWithoutConditionsIsAConflict() {
        assertThatThrownBy(() -> Preconditions.NONE.requireForExisting(ETAG)).isInstanceOf(ConflictException.class);
        assertThatCode(() -> Preconditions.NONE.requireForExisting(null)).doesNotThrowAnyException();
        assertThatCode(() -> new Preconditions("*", null).requireForExisting(ETAG)).doesNotThrowAnyException();
    }
}
