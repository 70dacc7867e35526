package se.kasus.certification.application;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON documents of Open Badges 3.0 (1EdTech, on the W3C Verifiable Credentials data model 2.0): the
 * {@code OpenBadgeCredential}, the issuer {@code Profile} and the {@code 1EdTechRevocationList} (1EdTech
 * Revocation List Status Method 1.0). Texts a person reads are Swedish.
 */
public final class OpenBadgeDocuments {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String REVOCATION_LIST_TYPE = "1EdTechRevocationList";
    /**
     * The Open Badges achievement type for "a credential that acknowledges completion of an assignment, training
     * or other activity": what this certificate says. {@code Certificate} and {@code Certification} stand for
     * programmes and assessed qualifications; {@code Course} describes the course rather than its completion.
     */
    public static final String ACHIEVEMENT_TYPE = "CertificateOfCompletion";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenBadgeDocuments() {
    }

    /**
     * The credential. The learner is identified as Open Badges allows for a subject without an account elsewhere:
     * an {@code identifier} of type {@code IdentityObject} with {@code identityType} "name" and the name in plain
     * text ({@code hashed} false) — the name is what the PDF and the public verification page show, and what a
     * reader can compare with the person presenting it; a hash of it, or of the internal user name, would prove
     * nothing to a reader who does not know the salt. The subject's {@code id} is a UUID derived from the
     * certificate id: it carries nothing about the person, but lets {@code sub} equal {@code credentialSubject.id}
     * as §8.2 asks.
     */
    public static ObjectNode credential(CertificateDocument d, URI credentialId, URI statusListUrl,
                                        URI issuerProfileUrl, URI achievementUrl) {
        ObjectNode credential = NODES.objectNode();
        credential.set("@context", strings(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", credentialId.toString());
        credential.set("type", strings("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", "Kursintyg: " + d.courseTitle());
        credential.set("issuer", issuer(issuerProfileUrl, d.issuer().organisation(), d.issuer().url()));
        String issued = validFrom(d);
        credential.put("validFrom", issued);
        credential.put("awardedDate", issued);

        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", subjectId(d.certificateId()).toString());
        subject.set("type", strings("AchievementSubject"));
        ObjectNode name = subject.putArray("identifier").addObject();
        name.put("type", "IdentityObject");
        name.put("identityHash", d.learnerName());
        name.put("identityType", "name");
        name.put("hashed", false);
        subject.set("achievement", achievement(d, achievementUrl));

        ObjectNode status = credential.putObject("credentialStatus");
        status.put("id", statusListUrl.toString());
        status.put("type", REVOCATION_LIST_TYPE);
        return credential;
    }

    /** {@code validFrom}: the issue time to the second, since {@code nbf} (seconds) must equal it. */
    public static String validFrom(CertificateDocument d) {
        return d.issuedAt().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The pseudonymous {@code credentialSubject.id}: a name-based UUID of the certificate id. */
    public static URI subjectId(String certificateId) {
        UUID uuid = UUID.nameUUIDFromBytes(("kasus:certificate-subject:" + certificateId).getBytes(StandardCharsets.UTF_8));
        return URI.create("urn:uuid:" + uuid);
    }

    /** The issuer {@code Profile}, as embedded in a credential ({@code url} left out when null or blank). */
    public static ObjectNode issuer(URI profileUrl, String name, String url) {
        ObjectNode profile = NODES.objectNode();
        profile.put("id", profileUrl.toString());
        profile.set("type", strings("Profile"));
        profile.put("name", name);
        if (url != null && !url.isBlank()) {
            profile.put("url", url);
        }
        return profile;
    }

    /** The issuer {@code Profile} as a document of its own, at its {@code id}. */
    public static ObjectNode issuerProfile(URI profileUrl, String name, String url) {
        ObjectNode profile = NODES.objectNode();
        profile.set("@context", strings(VC_CONTEXT, OB_CONTEXT));
        profile.setAll(issuer(profileUrl, name, url));
        return profile;
    }

    /**
     * The revocation list at {@code credentialStatus.id}: its own {@code id}, the {@code issuer} id, and
     * {@code revokedCredentials}, each with the credential's {@code id}, {@code revoked} true and, when known,
     * a {@code revocationReason}. A verifier treats a credential as revoked when its id is listed and
     * {@code revoked} is true or absent.
     */
    public static ObjectNode revocationList(URI listUrl, URI issuerProfileUrl, List<RevokedCredentials.Revoked> revoked) {
        ObjectNode list = NODES.objectNode();
        list.put("id", listUrl.toString());
        list.put("issuer", issuerProfileUrl.toString());
        ArrayNode entries = list.putArray("revokedCredentials");
        for (RevokedCredentials.Revoked entry : revoked) {
            ObjectNode item = entries.addObject();
            item.put("id", entry.credentialId().toString());
            item.put("revoked", true);
            if (entry.reason() != null && !entry.reason().isBlank()) {
                item.put("revocationReason", entry.reason());
            }
        }
        return list;
    }

    private static ObjectNode achievement(CertificateDocument d, URI achievementUrl) {
        ObjectNode achievement = NODES.objectNode();
        achievement.put("id", achievementUrl.toString());
        achievement.set("type", strings("Achievement"));
        achievement.put("achievementType", ACHIEVEMENT_TYPE);
        achievement.put("name", d.courseTitle());
        achievement.put("description", description(d));
        achievement.putObject("criteria").put("narrative",
                "Deltagaren har gått igenom hela webbkursen och uppfyllt kursens villkor för att bli klar."
                        + " Intyget utfärdas automatiskt när kursen är klar.");
        if (d.courseVersion() != null && !d.courseVersion().isBlank()) {
            achievement.put("version", d.courseVersion());
        }
        achievement.put("inLanguage", "sv");
        return achievement;
    }

    private static String description(CertificateDocument d) {
        StringBuilder text = new StringBuilder("Intyg om att deltagaren har genomfört webbkursen ")
                .append(d.courseTitle());
        if (d.courseVersion() != null && !d.courseVersion().isBlank()) {
            text.append(", version ").append(d.courseVersion());
        }
        text.append('.');
        if (d.studyTime() != null && !d.studyTime().isZero() && !d.studyTime().isNegative()) {
            text.append(" Beräknad studietid: ").append(swedish(d.studyTime())).append('.');
        }
        return text.toString();
    }

    /** "1 timme", "2 timmar 30 minuter", "45 minuter". */
    static String swedish(Duration duration) {
        long minutes = Math.max(1, Math.round(duration.getSeconds() / 60.0));
        long hours = minutes / 60;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(hours == 1 ? " timme" : " timmar");
        }
        if (rest > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(rest).append(rest == 1 ? " minut" : " minuter");
        }
        return text.toString();
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
