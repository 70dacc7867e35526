package se.kasus.identity.domain;

import java.util.regex.Pattern;

/**
 * The e-mail address rule for accounts: one {@code @}, a domain with a dot, no spaces, at most 254
 * characters (RFC 5321's path limit). Deliberately plain: whether it reaches anyone is the mail
 * system's business, but an obvious typo (a missing {@code @}, a comma, a space) is caught.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern VALID = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && VALID.matcher(value).matches()
                && !value.startsWith(".") && !value.contains("..");
    }
}
