package se.kasus.tracking.lrs.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The value of an indexed column for an IRI or identifier of any length: the value itself when it is short, its
 * SHA-256 otherwise, so that every index key fits the database's key size limit while staying exact.
 */
public final class IndexKey {

    /** Column length of every index key column. */
    public static final int LENGTH = 255;
    private static final int LONGEST_KEPT = 200;
    private static final String HASHED = "sha256:";

    private IndexKey() {
    }

    public static String of(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() <= LONGEST_KEPT && !value.startsWith(HASHED)) {
            return value;
        }
        return HASHED + HexFormat.of().formatHex(sha256(value));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
