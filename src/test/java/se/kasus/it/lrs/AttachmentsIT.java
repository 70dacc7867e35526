package se.kasus.it.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.lrs.Lrs.Reply;

/** Statements with attachments: multipart/mixed in and out (xAPI 1.0.3 Communication 1.5.2). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsIT {

    private static final String BOUNDARY = "abcABC0123'()+_,-./:=?";
    private final Lrs lrs = Lrs.readWrite();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static String statement(String id, String sha2, int length, String fileUrl) {
        return "{\"id\":\"" + id + "\",\"actor\":" + Statements.agent(Statements.mbox()) + ",\"verb\":{\"id\":\""
                + Statements.ANSWERED + "\"},\"object\":{\"id\":\"" + Statements.activity() + "\"},\"attachments\":[{"
                + "\"usageType\":\"http://example.com/attachment-usage/test\",\"display\":{\"en-US\":\"A test attachment\"},"
                + "\"contentType\":\"text/plain; charset=ascii\",\"length\":" + length + ",\"sha2\":\"" + sha2 + "\""
                + (fileUrl == null ? "" : ",\"fileUrl\":\"" + fileUrl + "\"") + "}]}";
    }

    private static byte[] multipart(String json, String hash, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Type:application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (data != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\n"
                    + (hash == null ? "" : "X-Experience-API-Hash:" + hash + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(data);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Reply post(byte[] body) {
        return lrs.request("POST", "xapi/statements").body("multipart/mixed; boundary=\"" + BOUNDARY + "\"", body).send();
    }

    @Test
    void anAttachmentSentAsAPartIsReturnedWithAttachmentsTrue() throws Exception {
        byte[] data = "here is a simple attachment".getBytes(StandardCharsets.US_ASCII);
        String hash = sha256(data);
        String id = UUID.randomUUID().toString();

        Reply posted = post(multipart(statement(id, hash, data.length, null), hash, data));
        Reply plain = lrs.get("xapi/statements?statementId=" + id);
        Reply withData = lrs.get("xapi/statements?statementId=" + id + "&attachments=true");

        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        assertThat(plain.header("Content-Type")).startsWith("application/json");
        assertThat(withData.status()).isEqualTo(200);
        assertThat(withData.header("Content-Type")).startsWith("multipart/mixed").contains("boundary=");
        String body = withData.text();
        assertThat(body).contains("Content-Type: application/json", "\"id\":\"" + id + "\"",
                "X-Experience-API-Hash: " + hash, "Content-Transfer-Encoding: binary", "here is a simple attachment");
        assertThat(lrs.get("xapi/statements?attachments=true&limit=1").header("Content-Type")).startsWith("multipart/mixed");
    }

    @Test
    void anAttachmentWithAFileUrlNeedsNoPart() {
        String hash = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";

        Reply json = lrs.postJson("xapi/statements", statement(UUID.randomUUID().toString(), hash, 27, "http://example.com/a.txt"));
        Reply multipart = post(multipart(statement(UUID.randomUUID().toString(), hash, 27, "http://example.com/a.txt"), null, null));

        assertThat(json.status()).as(json.text()).isEqualTo(200);
        assertThat(multipart.status()).as(multipart.text()).isEqualTo(200);
    }

    /** A signed statement (Data 2.6): the JWS over the statement travels as an attachment part. */
    private Reply postSigned(String signedJson, String receivedJson) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = AttachmentsIT.class.getResourceAsStream("/lrs/signer.p12")) {
            store.load(in, "test-only-password".toCharArray());
        }
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        String input = encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(signedJson.getBytes(StandardCharsets.UTF_8));
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initSign((java.security.PrivateKey) store.getKey("signer", "test-only-password".toCharArray()));
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        byte[] jws = (input + "." + encoder.encodeToString(rsa.sign())).getBytes(StandardCharsets.US_ASCII);
        String hash = sha256(jws);
        String received = receivedJson.substring(0, receivedJson.length() - 1) + ",\"attachments\":[{\"usageType\":"
                + "\"http://adlnet.gov/expapi/attachments/signature\",\"display\":{\"en-US\":\"Signature\"},"
                + "\"contentType\":\"application/octet-stream\",\"length\":" + jws.length + ",\"sha2\":\"" + hash + "\"}]}";
        return post(multipart(received, hash, jws));
    }

    @Test
    void aSignedStatementIsAcceptedAndOneWhoseSignatureSignsAnotherIsNot() throws Exception {
        String mbox = Statements.mbox();
        String activity = Statements.activity();
        String statement = Statements.simple(UUID.randomUUID().toString(), mbox, Statements.ANSWERED, activity);

        Reply signed = postSigned(statement, statement);
        Reply forged = postSigned(Statements.simple(null, mbox, Statements.VOIDED, activity),
                Statements.simple(UUID.randomUUID().toString(), mbox, Statements.ANSWERED, activity));

        assertThat(signed.status()).as(signed.text()).isEqualTo(200);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().path("detail").asString()).contains("signature");
    }

    @Test
    void attachmentsWithoutTheirDataOrWithWrongHashesAre400() throws Exception {
        byte[] data = "attachment data".getBytes(StandardCharsets.US_ASCII);
        String hash = sha256(data);
        String other = sha256("something else".getBytes(StandardCharsets.US_ASCII));

        Reply jsonWithoutFileUrl = lrs.postJson("xapi/statements", statement(UUID.randomUUID().toString(), hash, data.length, null));
        Reply missingPart = post(multipart(statement(UUID.randomUUID().toString(), hash, data.length, null), null, null));
        Reply wrongHash = post(multipart(statement(UUID.randomUUID().toString(), hash, data.length, null), other, data));
        Reply noHashHeader = post(multipart(statement(UUID.randomUUID().toString(), hash, data.length, null), null, data));
        Reply unmatchedPart = post(multipart(statement(UUID.randomUUID().toString(), other, 14, "http://example.com/x"), hash, data));
        Reply noBoundary = lrs.request("POST", "xapi/statements").body("multipart/mixed", "x".getBytes()).send();

        for (Reply reply : new Reply[] {jsonWithoutFileUrl, missingPart, wrongHash, noHashHeader, unmatchedPart, noBoundary}) {
            assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            assertThat(reply.isProblem()).isTrue();
        }
    }
}
