package se.kasus.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.kasus.shared.domain.RuleViolationException;

/**
 * What a password chosen by a person must be: long enough to resist guessing, not the username, and not one
 * of the passwords people choose most often (a list shipped with Kasus, {@value #COMMON_PASSWORDS}). There are
 * deliberately no rules on character classes: length and a blocklist protect better and are easier to follow.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** The problem type of every violation; the detail says which rule was broken. */
    public static final String PROBLEM = "weak-password";
    static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy(Set<String> commonPasswords) {
        Set<String> lowered = new HashSet<>();
        commonPasswords.forEach(p -> lowered.add(p.toLowerCase(Locale.ROOT)));
        this.common = Set.copyOf(lowered);
    }

    /** The policy with the list that ships with Kasus, read once. */
    public static PasswordPolicy standard() {
        return Shipped.POLICY;
    }

    /** The first rule the password breaks, in Swedish; empty when it may be used. */
    public Optional<String> violation(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Lösenordet ska ha minst " + MIN_LENGTH + " tecken.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Lösenordet får ha högst " + MAX_LENGTH + " tecken.");
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lowered.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Lösenordet får inte vara eller innehålla användarnamnet.");
        }
        if (common.contains(lowered)) {
            return Optional.of("Lösenordet är ett av de vanligaste lösenorden och därför lätt att gissa. Välj ett annat.");
        }
        return Optional.empty();
    }

    /** Throws a rule violation with the Swedish message when the password may not be used. */
    public void require(String password, String username) {
        violation(password, username).ifPresent(message -> {
            throw new RuleViolationException(PROBLEM, message);
        });
    }

    public int commonPasswordCount() {
        return common.size();
    }

    /** Reads the list: one password a line, lines starting with # are comments. */
    static Set<String> readList(InputStream in) {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }

    private static final class Shipped {

        static final PasswordPolicy POLICY = load();

        private static PasswordPolicy load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
            if (in == null) {
                throw new IllegalStateException("the list of common passwords " + COMMON_PASSWORDS + " is missing");
            }
            return new PasswordPolicy(readList(in));
        }
    }
}
