package se.kasus.certification.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kasus.certification.domain.RevocationReason;

/** Why a certificate is revoked: a category anyone verifying sees, and a note only administrators see. */
public record RevocationRequest(
        @NotNull(message = "Välj ett skäl.") RevocationReason reason,
        @Size(max = 500, message = "Anteckningen får vara högst 500 tecken.") String note) {
}
