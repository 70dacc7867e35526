package se.kasus.tracking.lrs.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a document lives: its kind, the activity and agent it belongs to (as the kind requires), the registration of
 * a state document, and its id. The scope (kind, activity, agent) is shared by the documents a multiple-document
 * GET or DELETE addresses.
 *
 * @param activityId the activity IRI; null for agent profiles
 * @param agentKey the {@link ActorKey} of the agent; null for activity profiles
 * @param registration the registration UUID in lower case, or null
 * @param documentId the stateId or profileId; null when addressing all documents of a scope
 */
public record DocumentAddress(DocumentKind kind, String activityId, String agentKey, String registration,
                              String documentId) {

    /** Hash of kind, activity and agent: what all documents of one multiple-document request share. */
    public String scopeKey() {
        return sha256(kind + "\n" + nullToEmpty(activityId) + "\n" + nullToEmpty(agentKey));
    }

    /** Hash of the full address: unique per document. */
    public String documentKey() {
        return sha256(scopeKey() + "\n" + nullToEmpty(registration) + "\n" + nullToEmpty(documentId));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
