package se.kasus.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser session as a cookie value the server can verify: {@code payload.signature}, both
 * base64url, the signature an HMAC-SHA256 of the payload with a key every instance shares. The
 * payload is {@code v2|sessionId|loginEpochMilli|lastSeenEpochSecond|username}: the login time to the millisecond, so
 * that ending an account's sessions (deactivation, password reset) ends one that logged in just before. A session lasts
 * while requests come within the inactivity timeout; each request may renew the last-seen time.
 */
public final class SignedSessionCodec {

    private static final String VERSION = "v2";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration timeout;

    public SignedSessionCodec(byte[] key, Duration timeout) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the session key needs at least 32 bytes");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the session timeout must be positive");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public String encode(Session session) {
        String payload = String.join("|", VERSION, session.id(), Long.toString(session.loginAt().toEpochMilli()),
                Long.toString(session.lastSeen().getEpochSecond()), session.username());
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The session in the cookie value, if it is signed with our key and has not been inactive too long. */
    public Optional<Session> decode(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        int dot = value.indexOf('.');
        if (dot <= 0 || dot != value.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(value.substring(0, dot));
            byte[] signature = DECODER.decode(value.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", 5);
            if (parts.length != 5 || !VERSION.equals(parts[0]) || parts[1].isEmpty() || parts[4].isEmpty()) {
                return Optional.empty();
            }
            Session session = new Session(parts[1], parts[4], Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return session.expiresAt(timeout).isAfter(now) ? Optional.of(session) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A logged-in browser: who, since when (millisecond precision), and when it was last seen (second precision). */
    public record Session(String id, String username, Instant loginAt, Instant lastSeen) {

        public Session {
            if (id.contains("|")) {
                throw new IllegalArgumentException("session id with |");
            }
            loginAt = Instant.ofEpochMilli(loginAt.toEpochMilli());
            lastSeen = Instant.ofEpochSecond(lastSeen.getEpochSecond());
        }

        public Instant expiresAt(Duration timeout) {
            return lastSeen.plus(timeout);
        }

        public Session seenAt(Instant now) {
            return new Session(id, username, loginAt, now);
        }
    }
}
