package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Random passwords that an administrator hands to a person once, to be replaced at the first login.
 * 16 characters from an alphabet without look-alikes (0/O, 1/l/I), about 91 bits: read aloud or
 * typed from paper without mistakes, and far beyond guessing.
 */
@ApplicationScoped
public class TemporaryPasswords {

    public static final int LENGTH = 16;
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }
}
