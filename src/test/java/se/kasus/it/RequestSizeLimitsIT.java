package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;

/** Bodies over the limits (defaults: /api 1 MB, /login 8 KB, /xapi 16 MiB) are answered 413 problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestSizeLimitsIT {

    private static final int MIB = 1024 * 1024;
    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    /** JSON of about the given size: one object with a long string. */
    private static byte[] json(int bytes) {
        return ("{\"text\":\"" + "a".repeat(bytes) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertTooLarge(HttpResponse<String> reply) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
        assertThat(RawHttp.header(reply, "Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("urn:kasus:problem:payload-too-large").doesNotContain("Exception");
    }

    /** HTTP Basic with a new read-write LRS credential. */
    private String lrsCredential() {
        KasusApi.Reply created = api.post("api/admin/lrs-credentials", api.admin(),
                "{\"name\":\"IT " + UUID.randomUUID() + "\",\"scope\":\"READ_WRITE\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return RawHttp.basic(new Credentials(created.json().path("key").asString(), created.json().path("secret").asString()));
    }

    @Test
    void twoMegabytesOfJsonToTheApiIs413() {
        Credentials learner = api.newLearner();
        String attempt = api.startCase(learner, api.enroll(learner), "case-01");

        HttpResponse<String> reply = RawHttp.send(RawHttp.request("/api/attempts/" + attempt + "/reflection")
                .header("Authorization", RawHttp.basic(learner)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json(2 * MIB))).build());

        assertTooLarge(reply);
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsCutOffAtTheLimit() {
        Credentials learner = api.newLearner();
        String attempt = api.startCase(learner, api.enroll(learner), "case-01");
        byte[] body = json(2 * MIB);

        HttpResponse<String> reply = RawHttp.send(RawHttp.request("/api/attempts/" + attempt + "/reflection")
                .header("Authorization", RawHttp.basic(learner)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertTooLarge(reply);
    }

    @Test
    void aTwentyKilobyteLoginFormIs413() {
        String form = "username=admin&password=" + "x".repeat(20 * 1024);

        HttpResponse<String> reply = RawHttp.send(RawHttp.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        assertTooLarge(reply);
        assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anAlternateSyntaxBodyOverTheLrsLimitIs413() {
        String form = "Authorization=" + URLEncoder.encode(lrsCredential(), StandardCharsets.UTF_8)
                + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson&content=" + "a".repeat(17 * MIB);

        HttpResponse<String> reply = RawHttp.send(RawHttp.request("/xapi/statements?method=PUT&statementId="
                        + UUID.randomUUID()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        assertTooLarge(reply);
    }

    @Test
    void aStatementBatchOverSixteenMebibytesIs413NotAServerError() {
        StringBuilder batch = new StringBuilder("[");
        String padding = "a".repeat(MIB);
        for (int i = 0; i < 17; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"actor\":{\"mbox\":\"mailto:anna@example.se\"},"
                    + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\",\"display\":{\"sv\":\"" + padding
                    + "\"}},\"object\":{\"id\":\"http://example.se/a\"}}");
        }
        batch.append(']');

        HttpResponse<String> reply = RawHttp.send(RawHttp.request("/xapi/statements")
                .header("Authorization", lrsCredential()).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build());

        assertTooLarge(reply);
    }
}
