package se.kasus.tracking.lrs.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kasus.tracking.lrs.domain.LrsScope;

/** A new LRS credential: a name that says who uses it, and READ or READ_WRITE. */
public record CreateLrsCredentialRequest(
        @NotBlank(message = "Ange ett namn på LRS-nyckeln.") @Size(max = 200, message = "Namnet får ha högst 200 tecken.") String name,
        @NotNull(message = "Ange behörighet: READ eller READ_WRITE.") LrsScope scope) {
}
