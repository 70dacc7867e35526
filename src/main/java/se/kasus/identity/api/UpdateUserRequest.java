package se.kasus.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An account's details an administrator may change; the username stays. A null orgUnitId takes the account out of any unit. */
public record UpdateUserRequest(
        @NotBlank(message = "Ange ett namn.") @Size(max = 200, message = "Namnet får ha högst 200 tecken.") String displayName,
        @Email(message = "Ange en giltig e-postadress.") @Size(max = 254, message = "E-postadressen får ha högst 254 tecken.") String email,
        @Size(max = 36, message = "Okänd organisationsenhet.") String orgUnitId) {
}
