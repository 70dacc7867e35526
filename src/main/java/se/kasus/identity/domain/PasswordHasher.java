package se.kasus.identity.domain;

/** Turns a password into the stored hash that the identity store verifies, and verifies one against it. */
public interface PasswordHasher {

    String hash(char[] password);

    /** Whether the password is the one the stored hash was made from; false for a hash it cannot read. */
    boolean verify(char[] password, String storedHash);
}
