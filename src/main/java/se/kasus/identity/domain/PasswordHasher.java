package se.kasus.identity.domain;

/** Turns a password into the stored hash that the identity store verifies. */
public interface PasswordHasher {

    String hash(char[] password);

    /** Whether the password is the one the stored hash was made from. */
    boolean verify(char[] password, String hash);
}
