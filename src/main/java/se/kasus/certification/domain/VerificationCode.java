package se.kasus.certification.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a person types to verify a certificate: 16 characters from Crockford's base-32
 * alphabet (no I, L, O or U, so nothing looks like something else), 80 bits of entropy, shown in
 * groups of four ({@code 7K4Q-M2XW-9PRT-HC3N}). Typed input is forgiving: case, spaces and dashes do
 * not matter, and O, I and L are read as 0, 1 and 1.
 */
public record VerificationCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 16;

    public VerificationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a verification code: " + value);
        }
    }

    public static VerificationCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /** The code a person typed, or empty if it cannot be one. */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(new VerificationCode(code.toString())) : Optional.empty();
    }

    /** In groups of four, as printed. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
