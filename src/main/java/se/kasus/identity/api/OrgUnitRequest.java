package se.kasus.identity.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A unit's name and its parent (null: a top level, such as the agency itself). */
public record OrgUnitRequest(
        @NotBlank(message = "Ange ett namn på enheten.") @Size(max = 200, message = "Namnet får ha högst 200 tecken.") String name,
        @Size(max = 36, message = "Den överordnade enheten finns inte.") String parentId) {
}
