package se.kasus.identity.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.identity.application.AccountAdministration;
import se.kasus.identity.application.AccountCsv;
import se.kasus.identity.application.AccountImport;
import se.kasus.identity.application.AccountSearch;
import se.kasus.identity.application.AccountView;
import se.kasus.platform.security.Roles;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.shared.domain.RuleViolationException;

@Path("admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    AccountAdministration administration;

    @Inject
    AccountImport accountImport;

    @POST
    @Operation(summary = "Create an account; without roles it becomes a learner, without a password it gets a temporary one (returned once)")
    public Response create(@NotNull(message = "Skicka uppgifter om kontot.") @Valid CreateUserRequest request,
                           @Context UriInfo uriInfo) {
        AccountWithPassword created = AccountWithPassword.of(administration.create(request.username(), request.displayName(),
                request.email(), request.password(), request.roles(), request.orgUnitId()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "Accounts whose username, name or e-mail contains q (any case), in a unit and those below it,"
            + " active or not; ordered by username, at most limit (default 100, at most 500); a Link rel=next header"
            + " when more matched")
    public Response search(@QueryParam("q") String text, @QueryParam("unit") String unit, @QueryParam("active") String active,
                           @QueryParam("after") String after,
                           @QueryParam("limit") @DefaultValue("" + AccountAdministration.DEFAULT_LIMIT) int limit,
                           @Context UriInfo uriInfo) {
        AccountSearch found = administration.search(text, unit, flag(active), after, limit);
        Response.ResponseBuilder response = Response.ok(found.accounts());
        if (found.more()) {
            String last = found.accounts().get(found.accounts().size() - 1).username();
            response.link(uriInfo.getRequestUriBuilder().replaceQueryParam("after", last).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public AccountView get(@PathParam("id") String id) {
        return administration.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account's name, e-mail and organisational unit")
    public AccountView update(@PathParam("id") String id,
                              @NotNull(message = "Skicka uppgifter om kontot.") @Valid UpdateUserRequest request) {
        return administration.updateDetails(id, request.displayName(), request.email(), request.orgUnitId());
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles; nobody removes their own ADMIN role, and one active admin always remains")
    public AccountView setRoles(@PathParam("id") String id,
                                @NotNull(message = "Skicka rollerna.") @Valid SetRolesRequest request) {
        return administration.setRoles(id, request.roles());
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate an account: no more logins, and its open sessions end at their next request")
    public AccountView deactivate(@PathParam("id") String id) {
        return administration.deactivate(id);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Let a deactivated account log in again")
    public AccountView reactivate(@PathParam("id") String id) {
        return administration.reactivate(id);
    }

    @POST
    @Path("{id}/temporary-password")
    @Operation(summary = "Give the account a new random password, returned once; it must be changed at the next login"
            + " and the account's open sessions end")
    public Response temporaryPassword(@PathParam("id") String id) {
        return Response.ok(AccountWithPassword.of(administration.temporaryPassword(id))).header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import accounts from CSV (UTF-8; ';' or ','; header användarnamn;namn;e-post;organisation;roll)."
            + " dryRun=true (the default) checks every row; dryRun=false imports all rows in one transaction, or nothing"
            + " (422 with the per-row report) when a row has an error")
    public Response importAccounts(@QueryParam("dryRun") @DefaultValue("true") String dryRun, InputStream body) {
        byte[] file = read(body);
        if ("false".equalsIgnoreCase(dryRun)) {
            return Response.ok(accountImport.importAll(file)).header("Cache-Control", "no-store").build();
        }
        if (!"true".equalsIgnoreCase(dryRun)) {
            throw new InvalidInputException("invalid-parameter", "dryRun ska vara true eller false.");
        }
        return Response.ok(accountImport.preview(file)).build();
    }

    private static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
            throw new InvalidInputException("invalid-parameter", "active ska vara true eller false.");
        }
        return Boolean.valueOf(value.toLowerCase(java.util.Locale.ROOT));
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without reading it all. */
    private static byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(AccountCsv.MAX_BYTES + 1);
            if (bytes.length > AccountCsv.MAX_BYTES) {
                throw new RuleViolationException("import-file-too-large",
                        "Filen är för stor. Den får vara högst " + (AccountCsv.MAX_BYTES / 1024) + " kB; dela upp den i flera filer.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
