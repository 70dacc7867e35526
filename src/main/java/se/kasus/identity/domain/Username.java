package se.kasus.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login name: 3–64 characters, lower-case letters, digits, dot, dash, underscore or @. */
public record Username(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    public Username {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid username");
        }
    }

    /** Trims and lower-cases what a person typed, then checks it. */
    public static Username of(String typed) {
        return new Username(typed == null ? null : typed.trim().toLowerCase(Locale.ROOT));
    }

    public static boolean isValid(String typed) {
        return typed != null && VALID.matcher(typed.trim().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
