package se.kasus.tracking.lrs.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Attachment;
import se.kasus.xapi.model.LanguageMap;
import se.kasus.xapi.model.Result;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;

class StatementSignaturesTest {

    private static PrivateKey key;
    private static Certificate certificate;

    private static final Statement ORIGINAL = Statement.builder()
            .actor(Agent.withMbox(null, "mailto:anna@example.se"))
            .verb(new Verb("http://adlnet.gov/expapi/verbs/passed", null))
            .object(Activity.of("http://kasus.example/course")).build();

    @BeforeAll
    static void loadSigner() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = StatementSignaturesTest.class.getResourceAsStream("/lrs/signer.p12")) {
            store.load(in, "test-only-password".toCharArray());
        }
        key = (PrivateKey) store.getKey("signer", "test-only-password".toCharArray());
        certificate = store.getCertificate("signer");
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String jws(String header, Statement payload) throws Exception {
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(XapiJson.write(payload).getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64(rsa.sign());
    }

    private static String x5cHeader() throws Exception {
        return "{\"alg\":\"RS256\",\"x5c\":[\"" + Base64.getEncoder().encodeToString(certificate.getEncoded()) + "\"]}";
    }

    /** The statement as received: the original with the signature attached, and the JWS as the attachment's data. */
    private static void check(String jws) throws Exception {
        check(ORIGINAL, jws);
    }

    private static void check(Statement original, String jws) throws Exception {
        byte[] data = jws.getBytes(StandardCharsets.US_ASCII);
        String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        Statement received = original.toBuilder().attachments(List.of(new Attachment(Attachment.SIGNATURE,
                LanguageMap.of("en-US", "Signature"), null, "application/octet-stream", (long) data.length, sha2, null)))
                .build();
        StatementSignatures.check(received, Map.of(sha2, new AttachmentData(sha2, "application/octet-stream", data)));
    }

    @Test
    void aSignatureOverTheStatementWithItsCertificateIsAccepted() throws Exception {
        assertThatCode(() -> check(jws(x5cHeader(), ORIGINAL))).doesNotThrowAnyException();
        assertThatCode(() -> check(jws("{\"alg\":\"RS256\"}", ORIGINAL))).doesNotThrowAnyException();
    }

    /** Issue 13, xAPI rule 10: a signer's duration may carry more digits than the hundredths an LRS keeps. */
    @Test
    void aSignedDurationWithALongerFractionIsTheSameDuration() throws Exception {
        Statement received = ORIGINAL.toBuilder().result(Result.builder().duration("PT2M5.12S").build()).build();
        Statement signed = ORIGINAL.toBuilder().result(Result.builder().duration("PT2M5.123456S").build()).build();
        Statement other = ORIGINAL.toBuilder().result(Result.builder().duration("PT2M5.2S").build()).build();

        assertThatCode(() -> check(received, jws(x5cHeader(), signed))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(received, jws(x5cHeader(), other))).isInstanceOf(InvalidStatementException.class);
    }

    @Test
    void aPayloadThatIsAnotherStatementIsRejected() throws Exception {
        Statement other = ORIGINAL.toBuilder().verb(new Verb("http://adlnet.gov/expapi/verbs/failed", null)).build();

        assertThatThrownBy(() -> check(jws(x5cHeader(), other))).isInstanceOf(InvalidStatementException.class)
                .hasMessageContaining("payload");
    }

    @Test
    void anAlgorithmOtherThanRsaShaIsRejected() throws Exception {
        assertThatThrownBy(() -> check(jws("{\"alg\":\"HS256\"}", ORIGINAL))).hasMessageContaining("RS256");
        assertThatThrownBy(() -> check(jws("{}", ORIGINAL))).hasMessageContaining("missing");
    }

    @Test
    void aTamperedSignatureOrGarbageIsRejected() throws Exception {
        String good = jws(x5cHeader(), ORIGINAL);
        String tampered = good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThatThrownBy(() -> check(tampered)).hasMessageContaining("does not verify");
        assertThatThrownBy(() -> check("not a jws")).hasMessageContaining("compact");
        assertThatThrownBy(() -> check("a.b.c")).isInstanceOf(InvalidStatementException.class);
    }
}
