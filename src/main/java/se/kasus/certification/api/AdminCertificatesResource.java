package se.kasus.certification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.certification.application.AdminCertificateView;
import se.kasus.certification.application.CertificateAdministration;
import se.kasus.platform.security.Roles;
import se.kasus.shared.domain.InvalidInputException;

@Path("admin/certificates")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminCertificatesResource {

    @Inject
    CertificateAdministration administration;

    @GET
    @Operation(summary = "Issued certificates, newest first, at most 200: q matches name, username or code;"
            + " unit is an organisational unit id; from and to (YYYY-MM-DD) bound the completion date")
    public List<AdminCertificateView> search(@QueryParam("q") String text, @QueryParam("unit") String unit,
                                             @QueryParam("from") String from, @QueryParam("to") String to) {
        return administration.search(text, unit, date("from", from), date("to", to));
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revokes the certificate with a reason; verification says so at once")
    public AdminCertificateView revoke(@PathParam("id") String id,
                                       @NotNull(message = "Skicka ett skäl.") @Valid RevocationRequest request) {
        return administration.revoke(id, request.reason(), request.note());
    }

    @POST
    @Path("{id}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues a new certificate with the same facts (the name corrected if given) and revokes this one")
    public Response reissue(@PathParam("id") String id,
                            @NotNull(message = "Skicka ett skäl.") @Valid ReissueRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(administration.reissue(id, request.reason(), request.learnerName())).build();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-parameter", name + " ska vara ett datum som 2026-01-31.");
        }
    }
}
