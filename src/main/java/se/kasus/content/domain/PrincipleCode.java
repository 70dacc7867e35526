package se.kasus.content.domain;

import java.util.regex.Pattern;

/** A principle code: P-… for the rights-based approach, V-… for den statliga värdegrunden. */
public record PrincipleCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[PV]-[A-Z]{2,3}");

    public PrincipleCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid principle code: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
