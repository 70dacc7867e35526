package se.kasus.certification.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kasus.certification.domain.RevocationReason;

/** Why the certificate is replaced, and the corrected name if the name was wrong. */
public record ReissueRequest(
        @NotNull(message = "Välj ett skäl.") RevocationReason reason,
        @Size(max = 200, message = "Namnet får vara högst 200 tecken.") String learnerName) {
}
