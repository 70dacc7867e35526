package se.kasus.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.identity.application.AuditEntry;
import se.kasus.identity.application.AuditLog;
import se.kasus.platform.security.Roles;
import se.kasus.shared.domain.InvalidInputException;

@Path("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    @Inject
    AuditLog log;

    @GET
    @Operation(summary = "Administrative actions, newest first, 50 at a time: before (an instant, exclusive) pages back;"
            + " q filters by actor, action, target or detail")
    public List<AuditEntry> newest(@QueryParam("before") String before, @QueryParam("q") String text) {
        return log.newest(instant(before), text);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-parameter", "before ska vara en tidpunkt som 2026-01-31T12:00:00Z.");
        }
    }
}
