package se.kasus.tracking.lrs.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.tracking.lrs.domain.StatementEquivalence;
import se.kasus.xapi.json.Parsed;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Attachment;
import se.kasus.xapi.model.Statement;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks signed statements as xAPI 1.0.3 Data 2.6.s5 requires of an LRS: the signature attachment holds a JWS
 * (compact serialization) with algorithm RS256, RS384 or RS512, whose payload is a statement logically equal to the
 * one received, and whose signature verifies against the X.509 certificate of its {@code x5c} header when there is
 * one. A malformed signature rejects the statement with 400.
 */
final class StatementSignatures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private StatementSignatures() {
    }

    /** Checks every signature attachment of the statement whose data came with the request. */
    static void check(Statement statement, Map<String, AttachmentData> data) {
        if (statement.attachments() == null) {
            return;
        }
        for (Attachment attachment : statement.attachments()) {
            if (!Attachment.SIGNATURE.equals(attachment.usageType())) {
                continue;
            }
            if (!"application/octet-stream".equalsIgnoreCase(attachment.contentType())) {
                throw malformed("a signature attachment has the contentType application/octet-stream (Data 2.6.s4.b1)");
            }
            AttachmentData jws = data.get(attachment.sha2().toLowerCase(Locale.ROOT));
            if (jws != null) {
                verify(statement, new String(jws.data(), StandardCharsets.US_ASCII).strip());
            }
        }
    }

    private static void verify(Statement received, String jws) {
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3) {
            throw malformed("the signature is not a JWS in compact serialization (Data 2.6.s4.b2)");
        }
        JsonNode header = json(decode(parts[0]), "header");
        String algorithm = header.path("alg").asString("");
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw malformed("the JWS algorithm is " + (algorithm.isEmpty() ? "missing" : algorithm)
                    + "; it must be RS256, RS384 or RS512 (Data 2.6.s4.b4)");
        }
        Parsed<Statement> signed = XapiJson.parseStatement(new String(decode(parts[1]), StandardCharsets.UTF_8));
        if (signed.value() == null || !StatementEquivalence.same(withoutSignature(received), withoutSignature(signed.value()))) {
            throw malformed("the JWS payload is not the statement that was received (Data 2.6.s5.b3.b2)");
        }
        JsonNode chain = header.path("x5c");
        if (chain.isArray() && !chain.isEmpty()) {
            verifySignature(ALGORITHMS.get(algorithm), chain.get(0).asString(""), parts);
        }
    }

    private static void verifySignature(String algorithm, String certificate, String[] parts) {
        try {
            X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(x509.getPublicKey());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(decode(parts[2]))) {
                throw malformed("the JWS signature does not verify against the certificate of its x5c header (Data 2.6.s5.b3.b3)");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw malformed("the certificate or signature of the JWS cannot be read (Data 2.6.s5.b3.b3)");
        }
    }

    /** The statement as it was before its signature was attached: the signature is not part of what it signs. */
    private static Statement withoutSignature(Statement statement) {
        if (statement.attachments() == null) {
            return statement;
        }
        List<Attachment> others = new ArrayList<>();
        statement.attachments().stream().filter(a -> !Attachment.SIGNATURE.equals(a.usageType())).forEach(others::add);
        return statement.toBuilder().attachments(others.isEmpty() ? null : others).build();
    }

    private static byte[] decode(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw malformed("a part of the JWS is not base64url");
        }
    }

    private static JsonNode json(byte[] bytes, String what) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JacksonException e) {
            // reported below
        }
        throw malformed("the JWS " + what + " is not a JSON object");
    }

    private static InvalidStatementException malformed(String reason) {
        return new InvalidStatementException("The statement's signature is malformed: " + reason + ".");
    }
}
