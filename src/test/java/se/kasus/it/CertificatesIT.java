package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.kasus.certification.infrastructure.PdfSealCheck;
import se.kasus.certification.infrastructure.VeraPdf;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/** Certificates over HTTP: issued exactly once on completion, verified in public, revoked and re-issued by an admin. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatesIT {

    private static final String CODE = "[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}";

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void theLastAnswerSentSixTimesAtOnceCompletesTheCourseOnceAndIssuesExactlyOneCertificate() throws Exception {
        Credentials learner = api.newLearner("Åsa Öberg-Ärlig");
        CourseRun.LastAnswer last = new CourseRun(api, learner).allButTheLastAnswer();
        SessionClient browser = SessionClient.loggedIn(learner);

        List<Integer> statuses = Parallel.statuses(6, 60, i -> browser.post(last.path(), last.body()).statusCode());

        assertThat(statuses).as("the same answer again is answered like the first (a retried request)")
                .containsOnly(200);
        JsonNode enrollment = api.get("api/enrollments/" + last.enrollmentId(), learner).json();
        assertThat(enrollment.path("completed").asBoolean()).isTrue();
        JsonNode mine = api.get("api/me/certificates", learner).json();
        assertThat(mine).hasSize(1);
        JsonNode certificate = mine.get(0);
        assertThat(certificate.path("learnerName").asString()).isEqualTo("Åsa Öberg-Ärlig");
        assertThat(certificate.path("courseTitle").asString()).isEqualTo("Mänskliga rättigheter i offentlig verksamhet");
        assertThat(certificate.path("status").asString()).isEqualTo("VALID");
        assertThat(certificate.path("code").asString()).matches(CODE);
        assertThat(certificate.path("verificationUrl").asString()).endsWith("/verifiera.html?kod=" + certificate.path("code").asString());
        assertThat(certificate.path("studyMinutes").asInt()).isPositive();
        assertThat(api.get("api/me/certificates", learner).json()).as("a second look issues nothing more").hasSize(1);
        JsonNode adminView = api.get("api/admin/certificates?q=" + learner.username(), api.admin()).json();
        assertThat(adminView).hasSize(1);

        byte[] pdf = download("/api/me/certificates/" + certificate.path("id").asString() + "/pdf", browser);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).as("size in bytes").isLessThan(200_000);
        assertThat(download("/api/me/certificates/" + certificate.path("id").asString() + "/pdf", browser))
                .as("every download is the same file").isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Åsa Öberg-Ärlig", "Mänskliga rättigheter i offentlig verksamhet",
                    certificate.path("code").asString());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(certificate.path("verificationUrl").asString());
        }
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        PdfSealCheck seal = new PdfSealCheck();
        assertThat(seal.check(pdf).valid()).as(seal.check(pdf).problem()).isTrue();
        byte[] edited = pdf.clone();
        edited[pdf.length / 3] ^= 0x01;
        assertThat(seal.check(edited).valid()).as("one changed byte").isFalse();

        List<String> verbs = new ArrayList<>();
        lrsStatements(enrollment.path("registration").asString()).forEach(s -> verbs.add(s.path("verb").path("id").asString()));
        assertThat(verbs).as("one course completion and one certificate in the LRS")
                .containsOnlyOnce("http://id.tincanapi.com/verb/earned");
        assertThat(verbs.stream().filter(v -> v.equals("http://adlnet.gov/expapi/verbs/completed")).count())
                .isEqualTo(1 + 6 + 10L);
    }

    @Test
    void anyoneCanVerifyACodeWithoutLoggingInAndSeesOnlyWhatTheCertificateSays() {
        Credentials learner = api.newLearner("Örjan Åkesson");
        new CourseRun(api, learner).complete();
        String code = api.get("api/me/certificates", learner).json().get(0).path("code").asString();

        Reply verified = api.get("api/public/certificates/" + code.toLowerCase().replace("-", "%20"), null);

        assertThat(verified.status()).isEqualTo(200);
        JsonNode body = verified.json();
        Set<String> fields = new TreeSet<>();
        body.propertyNames().forEach(fields::add);
        assertThat(fields).as("what a valid certificate's verification says, and nothing else")
                .containsExactlyInAnyOrder("code", "status", "learnerName", "courseTitle", "courseVersion", "completedOn",
                        "issuedOn", "issuer");
        assertThat(body.path("status").asString()).isEqualTo("VALID");
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("learnerName").asString()).isEqualTo("Örjan Åkesson");
        assertThat(body.toString()).doesNotContain(learner.username());

        Reply unknown = api.get("api/public/certificates/0000-0000-0000-0000", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(api.get("api/public/certificates/inte-en-kod", null).status()).isEqualTo(404);
    }

    @Test
    void anAdminRevokesACertificateAndBothVerificationAndTheCredentialsStatusSaySoAtOnceThenItIsReissued()
            throws Exception {
        Credentials learner = api.newLearner("Fel Namn");
        new CourseRun(api, learner).complete();
        JsonNode first = api.get("api/me/certificates", learner).json().get(0);
        String firstId = first.path("id").asString();

        SessionClient browser = SessionClient.loggedIn(learner);
        HttpResponse<byte[]> download = browser.getBytes("/api/me/certificates/" + firstId + "/credential");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/vc+jwt");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        String jwt = new String(download.body(), StandardCharsets.US_ASCII).strip();
        SignedJWT credential = SignedJWT.parse(jwt);
        JWKSet published = JWKSet.parse(publicGet("/.well-known/jwks.json"));
        JWK key = published.getKeyByKeyId(credential.getHeader().getKeyID());
        assertThat(key).as("the JWK Set names the credential's key").isNotNull();
        assertThat(credential.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
        assertThat(new String(browser.getBytes("/api/me/certificates/" + firstId + "/credential").body(),
                StandardCharsets.US_ASCII).strip())
                .as("every download is the same credential").isEqualTo(jwt);
        String[] parts = jwt.split("\\.");
        char c = parts[1].charAt(20);
        String tampered = parts[0] + "." + parts[1].substring(0, 20) + (c == 'A' ? 'B' : 'A') + parts[1].substring(21)
                + "." + parts[2];
        assertThat(verifies(tampered, key)).as("one changed character").isFalse();
        JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(credential.getPayload().toString());
        assertThat(payload.path("type").toString()).contains("OpenBadgeCredential");
        assertThat(payload.path("credentialSubject").toString()).contains("Fel Namn");
        String statusUrl = payload.path("credentialStatus").path("id").asString();
        String credentialId = payload.path("id").asString();
        assertThat(payload.path("credentialStatus").path("type").asString()).isEqualTo("1EdTechRevocationList");
        assertThat(publicGet(statusUrl)).doesNotContain(credentialId);

        Reply revoked = api.post("api/admin/certificates/" + firstId + "/revocation", api.admin(),
                "{\"reason\":\"ISSUED_IN_ERROR\",\"note\":\"Testfall\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        JsonNode check = api.get("api/public/certificates/" + first.path("code").asString(), null).json();
        assertThat(check.path("status").asString()).isEqualTo("REVOKED");
        assertThat(check.path("revocationReason").asString()).isEqualTo("ISSUED_IN_ERROR");
        assertThat(check.path("revocationReasonText").asString()).isEqualTo("Intyget utfärdades av misstag");
        assertThat(check.path("revokedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(check.toString()).as("the administrator's note is not public").doesNotContain("Testfall");
        JsonNode revocations = tools.jackson.databind.json.JsonMapper.builder().build().readTree(publicGet(statusUrl));
        List<String> revokedIds = new ArrayList<>();
        revocations.path("revokedCredentials").forEach(r -> revokedIds.add(r.path("id").asString()));
        assertThat(revokedIds).as("the credential's status list").contains(credentialId);
        Reply again = api.post("api/admin/certificates/" + firstId + "/revocation", api.admin(), "{\"reason\":\"OTHER\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();

        Reply reissued = api.post("api/admin/certificates/" + firstId + "/reissue", api.admin(),
                "{\"reason\":\"WRONG_NAME\",\"learnerName\":\"Rätt Namn\"}");
        assertThat(reissued.status()).as(reissued.body()).isEqualTo(201);
        String secondCode = reissued.json().path("code").asString();
        assertThat(secondCode).matches(CODE).isNotEqualTo(first.path("code").asString());
        assertThat(api.get("api/public/certificates/" + secondCode, null).json().path("learnerName").asString())
                .isEqualTo("Rätt Namn");
        JsonNode mine = api.get("api/me/certificates", learner).json();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).path("status").asString()).isEqualTo("VALID");
        assertThat(mine.get(1).path("status").asString()).isEqualTo("REVOKED");
        assertThat(mine.get(1).path("replacedBy").asString()).isEqualTo(mine.get(0).path("id").asString());
        JsonNode audit = api.get("api/admin/audit?q=" + secondCode, api.admin()).json();
        assertThat(audit.get(0).path("action").asString()).isEqualTo("CERTIFICATE_REISSUED");
    }

    @Test
    void aLearnerCannotSeeOrRevokeCertificatesOfOthers() {
        Credentials learner = api.newLearner();
        Reply list = api.get("api/admin/certificates", learner);
        assertThat(list.status()).isEqualTo(403);
        Reply revoke = api.post("api/admin/certificates/x/revocation", learner, "{\"reason\":\"OTHER\"}");
        assertThat(revoke.status()).isEqualTo(403);
        Reply badReason = api.post("api/admin/certificates/x/revocation", api.admin(), "{\"reason\":\"BORED\"}");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.isProblem()).isTrue();
        Reply unknown = api.post("api/admin/certificates/x/revocation", api.admin(), "{\"reason\":\"OTHER\"}");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void guessingCodesIsRefusedWith429AndRetryAfterUntilTheAllowanceRefills() {
        // 30 wrong codes a minute per address; earlier tests on this server may have used some of them.
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < 31 && (replies.isEmpty() || replies.get(replies.size() - 1).status() == 404); i++) {
            replies.add(api.get("api/public/certificates/ZZZZ-ZZZZ-ZZZZ-" + String.format("%04d", i), null));
        }
        Reply refused = replies.get(replies.size() - 1);
        assertThat(refused.status()).as("the 31st wrong code within a minute at the latest").isEqualTo(429);
        assertThat(replies.subList(0, replies.size() - 1)).extracting(Reply::status).containsOnly(404);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("detail").asString()).contains("Vänta");
        assertThat(refused.retryAfter()).as("Retry-After in seconds").isBetween(1L, 60L);

        await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("api/public/certificates/ZZZZ-ZZZZ-ZZZZ-9999", null).status() == 404);
    }

    private static byte[] download(String path, SessionClient browser) throws Exception {
        HttpResponse<byte[]> response = browser.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }

    private static boolean verifies(String jwt, JWK key) {
        try {
            return SignedJWT.parse(jwt).verify(new RSASSAVerifier(key.toRSAKey()));
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            return false;
        }
    }

    /** A GET without any login, as a verifier elsewhere makes it. */
    private static String publicGet(String pathOrUrl) throws Exception {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
                : URI.create("http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081) + pathOrUrl);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private List<JsonNode> lrsStatements(String registration) {
        List<JsonNode> statements = new ArrayList<>();
        tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(api.lrsGet("statements?limit=200&registration=" + URLEncoder.encode(registration, StandardCharsets.UTF_8)))
                .path("statements").forEach(statements::add);
        return statements;
    }
}
