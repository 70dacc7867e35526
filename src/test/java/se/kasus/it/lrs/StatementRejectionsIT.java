package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.lrs.Lrs.Reply;

/**
 * Bad input to /xapi: every malformed statement of the xAPI fixtures (one per rule of the
 * specification, src/test/resources/xapi/invalid) is refused with 400 and a reason; a conflicting
 * PUT is 409; a missing version header 400; missing or wrong credentials 401 and a read-only
 * credential writing 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementRejectionsIT {

    private static final Path INVALID = Path.of("src/test/resources/xapi/invalid");
    private final Lrs lrs = Lrs.readWrite();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void everyMalformedStatementKindIsRefusedWith400AndAReason() {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThan(70);
        for (Path fixture : fixtures) {
            Reply reply = lrs.request("POST", "xapi/statements").body("application/json", read(fixture)).send();

            assertThat(reply.status()).as(fixture.getFileName() + ": " + reply.text()).isEqualTo(400);
            assertThat(reply.isProblem()).as(fixture.getFileName().toString()).isTrue();
            assertThat(reply.json().path("detail").asString()).as(fixture.getFileName().toString()).isNotBlank();
        }
    }

    @Test
    void aPutWithAnIdThatHoldsADifferentStatementIs409() {
        String id = UUID.randomUUID().toString();
        String mbox = Statements.mbox();
        String first = Statements.simple(null, mbox, Statements.ANSWERED, Statements.activity());
        String second = Statements.simple(null, mbox, Statements.ANSWERED, Statements.activity());

        assertThat(lrs.putJson("xapi/statements?statementId=" + id, first).status()).isEqualTo(204);
        Reply conflict = lrs.putJson("xapi/statements?statementId=" + id, second);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).isNotBlank();
    }

    @Test
    void aMissingOrUnknownVersionHeaderIs400() {
        String statement = Statements.simple(null, Statements.mbox(), Statements.ANSWERED, Statements.activity());

        Reply missing = lrs.request("POST", "xapi/statements").header("X-Experience-API-Version", null).json(statement).send();
        Reply unknown = lrs.request("POST", "xapi/statements").header("X-Experience-API-Version", "0.9").json(statement).send();

        assertThat(missing.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(missing.header("X-Experience-API-Version")).isNotBlank();
    }

    @Test
    void missingOrWrongCredentialsAre401WithAChallengeAndAReadOnlyCredentialWritingIs403() {
        String statement = Statements.simple(null, Statements.mbox(), Statements.ANSWERED, Statements.activity());

        Reply none = Lrs.withAuthorization(null).postJson("xapi/statements", statement);
        Reply wrong = Lrs.withAuthorization(Lrs.basic("ingen-nyckel", "fel")).postJson("xapi/statements", statement);
        Reply readOnly = Lrs.readOnly().postJson("xapi/statements", statement);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(readOnly.status()).isEqualTo(403);
        assertThat(Lrs.readOnly().get("xapi/statements?limit=1").status()).isEqualTo(200);
    }

    private static List<Path> fixtures() {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
