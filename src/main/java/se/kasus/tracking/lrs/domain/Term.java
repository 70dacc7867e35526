package se.kasus.tracking.lrs.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One thing a statement can be found by.
 *
 * @param kind verb, registration, activity or agent
 * @param key the index key of the value ({@link IndexKey}, {@link ActorKey})
 * @param direct true when a plain filter matches it (the object Activity; the actor or object Agent or Group and
 *               its members); false when only {@code related_activities} or {@code related_agents} does
 */
public record Term(TermKind kind, String key, boolean direct) {

    /**
     * The term as the index stores it: the first 64 bits of the SHA-256 of kind and key. Two different terms share
     * a hash with a probability of about one in 10^19 per pair, far below any other error an LRS has.
     */
    public long hash() {
        return hash(kind, key);
    }

    public static long hash(TermKind kind, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.code() + ":" + key).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
