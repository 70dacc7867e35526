package se.kasus.tracking.lrs.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a document lives: its kind and the parameters that name it. A state belongs to an activity,
 * an agent and optionally a registration; an activity profile to an activity; an agent profile to
 * an agent. {@code documentId} is the stateId or profileId, null when addressing all of them.
 */
public record DocumentAddress(DocumentKind kind, String activityId, String agentKey, String registration,
                              String documentId) {

    /** The set the document belongs to (all states of one activity, agent and registration, say). */
    public String scopeKey() {
        return sha256(kind + "\u0000" + nullToEmpty(activityId) + "\u0000" + nullToEmpty(agentKey) + "\u0000"
                + nullToEmpty(registration));
    }

    public DocumentAddress withDocumentId(String id) {
        return new DocumentAddress(kind, activityId, agentKey, registration, id);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
