package se.kasus.authoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.authoring.application.DraftPreviews;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.PreviewDecisionView;
import se.kasus.learning.domain.CaseRules.Pick;
import se.kasus.platform.security.Roles;

/**
 * A trainer plays a case of a draft as a learner would, in the learner's views. Stateless: the client sends the path
 * it has taken with every choice, and nothing is stored. 422 {@code draft-has-problems} while the draft has problems.
 */
@Path("authoring/drafts/{draftId}/preview/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class DraftPreviewResource {

    /** More choices than any case has steps; a path this long is not a play of a case. */
    static final int MAX_PATH = 200;

    @Inject
    DraftPreviews previews;

    @GET
    @Operation(summary = "The draft's case as the player shows it at the start (the learner's attempt view, without ids)")
    public AttemptView start(@PathParam("draftId") String draftId, @PathParam("caseId") String caseId) {
        return previews.start(draftId, caseId);
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose an option after the earlier choices (decisions): the learner's feedback, the case as it"
            + " then stands and, once finished, its summary. Nothing is stored")
    public PreviewDecisionView decide(@PathParam("draftId") String draftId, @PathParam("caseId") String caseId,
                                      @NotNull(message = "Skicka valet.") @Valid PreviewDecisionRequest request) {
        List<Pick> earlier = request.decisions() == null ? List.of()
                : request.decisions().stream().map(d -> new Pick(d.stepId(), d.optionId())).toList();
        return previews.decide(draftId, caseId, earlier, request.stepId(), request.optionId());
    }

    /** The earlier choices in the order they were made, and the new one. */
    public record PreviewDecisionRequest(
            @Size(max = MAX_PATH, message = "Vägen genom fallet får ha högst " + MAX_PATH + " val.")
            List<@NotNull(message = "Ange varje tidigare val.") @Valid EarlierDecision> decisions,
            @NotBlank(message = "Ange beslutspunkten (stepId).") @Size(max = 10) String stepId,
            @NotBlank(message = "Ange vilket alternativ du väljer (optionId).") @Size(max = 4) String optionId) {
    }

    public record EarlierDecision(
            @NotBlank(message = "Ange beslutspunkten (stepId) för varje tidigare val.") @Size(max = 10) String stepId,
            @NotBlank(message = "Ange alternativet (optionId) för varje tidigare val.") @Size(max = 4) String optionId) {
    }
}
