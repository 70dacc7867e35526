package se.kasus.learning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.learning.application.LearningService;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.CaseSummaryView;
import se.kasus.learning.application.Views.FeedbackView;
import se.kasus.learning.application.Views.ReflectionView;
import se.kasus.platform.persistence.RetryOnConflict;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.Roles;

@Path("attempts/{attemptId}")
@RolesAllowed(Roles.LEARNER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    LearningService learning;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The attempt: story, current decision point, feedback so far, reflection")
    public AttemptView get(@PathParam("attemptId") String attemptId) {
        return learning.attempt(user.username(), attemptId);
    }

    @POST
    @Path("decisions")
    @Operation(summary = "Choose an option at the current decision point and get the feedback; repeating the same choice changes nothing")
    public FeedbackView decide(@PathParam("attemptId") String attemptId,
                               @NotNull(message = "Skicka ditt val.") @Valid Requests.DecisionRequest request) {
        return RetryOnConflict.run(() -> learning.decide(user.username(), attemptId, request.stepId(), request.optionId()));
    }

    @PUT
    @Path("reflection")
    @Operation(summary = "Answer the reflection question; the answer is private to the learner")
    public ReflectionView reflect(@PathParam("attemptId") String attemptId,
                                  @NotNull(message = "Skicka ditt svar.") @Valid Requests.ReflectionRequest request) {
        return RetryOnConflict.run(() -> learning.reflect(user.username(), attemptId, request.text()));
    }

    @GET
    @Path("summary")
    @Operation(summary = "The learner's path beside the best path, and the score per principle")
    public CaseSummaryView summary(@PathParam("attemptId") String attemptId) {
        return learning.summary(user.username(), attemptId);
    }
}
