package se.kasus.tracking.lrs.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.kasus.tracking.lrs.application.AttachmentData;
import se.kasus.tracking.lrs.application.StatementReader;
import se.kasus.tracking.lrs.application.ValidatedStatements;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.xapi.model.Attachment;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.SubStatement;

/**
 * The statements of a PUT or POST with the raw data of their attachments: {@code application/json}, where every
 * attachment has a fileUrl, or {@code multipart/mixed}, with the statements first and one part per attachment,
 * matched by SHA-2 (xAPI 1.0.3 Communication 1.5.2).
 *
 * @param validated the statements, checked
 * @param attachments the data of the attachments that came as parts
 */
record Submission(ValidatedStatements validated, List<AttachmentData> attachments) {

    static final String HASH_HEADER = "X-Experience-API-Hash";

    static Submission read(String contentType, byte[] body, StatementReader reader) {
        if (body == null || body.length == 0) {
            throw new InvalidStatementException("The request has no statement.");
        }
        String type = MediaTypes.essence(contentType);
        if (type.equals(MediaTypes.JSON)) {
            Submission submission = new Submission(reader.statements(new String(body, StandardCharsets.UTF_8)), List.of());
            submission.requireData(Map.of());
            return submission;
        }
        if (type.equals(MediaTypes.MULTIPART_MIXED)) {
            return multipart(contentType, body, reader);
        }
        throw new InvalidStatementException("Statements are sent as application/json, or as multipart/mixed with "
                + "attachments; the Content-Type was " + (contentType == null ? "missing" : contentType) + ".");
    }

    private static Submission multipart(String contentType, byte[] body, StatementReader reader) {
        List<Multipart.Part> parts = Multipart.parse(contentType, body);
        if (parts.isEmpty() || !MediaTypes.isJson(parts.get(0).header("Content-Type").orElse(null))) {
            throw new InvalidStatementException("The first part of a multipart/mixed request must hold the statements "
                    + "as application/json (Communication 1.5.2.s2.b2.b1).");
        }
        ValidatedStatements statements = reader.statements(new String(parts.get(0).body(), StandardCharsets.UTF_8));
        Map<String, AttachmentData> data = new LinkedHashMap<>();
        for (Multipart.Part part : parts.subList(1, parts.size())) {
            String hash = part.header(HASH_HEADER).map(h -> h.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new InvalidStatementException("Every attachment part needs an X-Experience-API-Hash header "
                            + "(Communication 1.5.2.s2.b2.b3)."));
            String encoding = part.header("Content-Transfer-Encoding").orElse("binary");
            if (!encoding.equalsIgnoreCase("binary")) {
                throw new InvalidStatementException("Attachment parts are sent with Content-Transfer-Encoding binary, "
                        + "not " + encoding + " (Communication 1.5.2.s2.b2.b4).");
            }
            if (!hash.equals(sha2(hash.length(), part.body()))) {
                throw new InvalidStatementException("The data of the attachment part " + hash
                        + " does not have that SHA-2 hash.");
            }
            data.put(hash, new AttachmentData(hash, part.header("Content-Type").orElse("application/octet-stream"),
                    part.body()));
        }
        Submission submission = new Submission(statements, List.copyOf(data.values()));
        submission.requireData(data);
        return submission;
    }

    /** Every attachment without fileUrl has its data, and every part belongs to an attachment. */
    private void requireData(Map<String, AttachmentData> data) {
        Set<String> used = new HashSet<>();
        for (Attachment attachment : allAttachments()) {
            String sha2 = attachment.sha2().toLowerCase(Locale.ROOT);
            if (data.containsKey(sha2)) {
                used.add(sha2);
            } else if (attachment.fileUrl() == null) {
                throw new InvalidStatementException("The attachment " + sha2 + " has no fileUrl and no part with its data"
                        + (data.isEmpty() ? "; send it as multipart/mixed" : "") + " (Communication 1.5.2.s3.b5).");
            }
        }
        for (String sha2 : data.keySet()) {
            if (!used.contains(sha2)) {
                throw new InvalidStatementException("The part " + sha2 + " matches no attachment of the statements.");
            }
        }
    }

    List<Attachment> allAttachments() {
        List<Attachment> all = new ArrayList<>();
        for (Statement s : validated.statements()) {
            Stream.of(s.attachments(), s.object() instanceof SubStatement sub ? sub.attachments() : null)
                    .filter(list -> list != null).forEach(all::addAll);
        }
        return all;
    }

    /** The hex SHA-2 of the data, of the length the declared hash has (SHA-224, -256, -384 or -512). */
    static String sha2(int hexLength, byte[] data) {
        String algorithm = switch (hexLength) {
            case 56 -> "SHA-224";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> "SHA-256";
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
