package se.kasus.identity.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A person's own password change: the current password proves it is them, the new one must follow the rules. */
public record ChangePasswordRequest(
        @NotEmpty(message = "Skriv ditt nuvarande lösenord.") @Size(max = 1000, message = "Det nuvarande lösenordet är för långt.")
        String currentPassword,
        @NotEmpty(message = "Skriv ett nytt lösenord.") String newPassword) {
}
