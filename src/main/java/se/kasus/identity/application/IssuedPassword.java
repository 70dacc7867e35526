package se.kasus.identity.application;

/**
 * An account together with the temporary password it was just given. The password is shown this once and
 * never stored in clear; {@code temporaryPassword} is null when the administrator chose the password.
 */
public record IssuedPassword(AccountView account, String temporaryPassword) {
}
