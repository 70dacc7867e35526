package se.kasus.tracking.lrs.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        String term = kind.code() + ":" + key;
        Long known = KNOWN.get(term);
        if (known != null) {
            return known;
        }
        long hash = ByteBuffer.wrap(SHA_256.get().digest(term.getBytes(StandardCharsets.UTF_8))).getLong();
        if (KNOWN.size() >= MAX_KNOWN) {
            KNOWN.clear();
        }
        KNOWN.put(term, hash);
        return hash;
    }

    /**
     * Hashes of recent terms: statements repeat the same verbs, activities, registrations and agents, and each
     * statement has about ten terms.
     */
    private static final Map<String, Long> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 100_000;

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    });
}
