package se.kasus.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import se.kasus.identity.domain.Role;

/** A new account; without a password Kasus generates a temporary one, returned once, to be changed at the first login. */
public record CreateUserRequest(
        @NotBlank(message = "Ange ett användarnamn.") @Size(max = 64, message = "Användarnamnet får ha högst 64 tecken.") String username,
        @Size(max = 200, message = "Namnet får ha högst 200 tecken.") String displayName,
        @jakarta.validation.constraints.Email(message = "Ange en giltig e-postadress.")
        @Size(max = 254, message = "E-postadressen får ha högst 254 tecken.") String email,
        @Size(max = 256, message = "Lösenordet får ha högst 256 tecken.") String password,
        Set<Role> roles,
        @Size(max = 36, message = "Okänd organisationsenhet.") String orgUnitId) {
}
