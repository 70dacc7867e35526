package se.kasus.identity.api;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import se.kasus.identity.domain.Role;

public record SetRolesRequest(@NotEmpty(message = "Ange minst en roll.") Set<Role> roles) {
}
