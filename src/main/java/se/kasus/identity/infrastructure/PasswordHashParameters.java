package se.kasus.identity.infrastructure;

import java.util.Map;

/** PBKDF2 parameters for new password hashes (OWASP's guidance for HMAC-SHA256, rounded down for Basic auth on every request). */
final class PasswordHashParameters {

    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=120000";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=16";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    private PasswordHashParameters() {
    }

    static Map<String, String> asMap() {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32");
    }
}
