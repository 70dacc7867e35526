package se.kasus.learning.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.learning.application.LearningService;
import se.kasus.learning.application.ResultViews;
import se.kasus.learning.application.Views.AttemptView;
import se.kasus.learning.application.Views.EnrollmentView;
import se.kasus.learning.application.Views.QuizView;
import se.kasus.platform.persistence.RetryOnConflict;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.Roles;

@Path("enrollments")
@RolesAllowed(Roles.LEARNER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

    @Inject
    LearningService learning;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Enrol in a course (201); enrolling again returns the existing enrolment (200)")
    public Response enroll(@NotNull(message = "Skicka vilken kurs du vill gå.") @Valid Requests.EnrollRequest request) {
        LearningService.Enrolled enrolled = RetryOnConflict.run(() -> learning.enroll(user.username(), request.courseId()));
        if (!enrolled.created()) {
            return Response.ok(enrolled.enrollment()).build();
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(enrolled.enrollment().enrollmentId()).build())
                .entity(enrolled.enrollment()).build();
    }

    @GET
    @Operation(summary = "My enrolments with progress per module")
    public List<EnrollmentView> mine() {
        return learning.myEnrollments(user.username());
    }

    @GET
    @Path("{enrollmentId}")
    @Operation(summary = "One enrolment: progress per module, completion and where to continue")
    public EnrollmentView get(@PathParam("enrollmentId") String enrollmentId) {
        return learning.enrollment(user.username(), enrollmentId);
    }

    @GET
    @Path("{enrollmentId}/modules/{moduleId}/summary")
    @Operation(summary = "A module's cases, quiz result and principle scores over its finished cases")
    public se.kasus.learning.application.Views.ModuleSummaryView moduleSummary(
            @PathParam("enrollmentId") String enrollmentId, @PathParam("moduleId") String moduleId) {
        return learning.moduleSummary(user.username(), enrollmentId, moduleId);
    }

    @POST
    @Path("{enrollmentId}/cases/{caseId}/attempt")
    @Operation(summary = "Start a case, or get the attempt already started")
    public Response startCase(@PathParam("enrollmentId") String enrollmentId, @PathParam("caseId") String caseId) {
        AttemptView attempt = RetryOnConflict.run(() -> learning.startCase(user.username(), enrollmentId, caseId));
        return Response.ok(attempt)
                .location(uriInfo.getBaseUriBuilder().path("attempts").path(attempt.attemptId()).build()).build();
    }

    @POST
    @Path("{enrollmentId}/cases/{caseId}/attempts")
    @Operation(summary = "Play a finished case again as a new attempt; while the latest attempt is open, get that one")
    public Response replayCase(@PathParam("enrollmentId") String enrollmentId, @PathParam("caseId") String caseId) {
        AttemptView attempt = RetryOnConflict.run(() -> learning.replayCase(user.username(), enrollmentId, caseId));
        return Response.ok(attempt)
                .location(uriInfo.getBaseUriBuilder().path("attempts").path(attempt.attemptId()).build()).build();
    }

    @GET
    @Path("{enrollmentId}/results")
    @Operation(summary = "My results in the enrolment: best case scores, finished quiz attempts and completion dates per module")
    public ResultViews.ResultsView results(@PathParam("enrollmentId") String enrollmentId) {
        return learning.results(user.username(), enrollmentId);
    }

    @POST
    @Path("{enrollmentId}/modules/{moduleId}/quiz")
    @Operation(summary = "Start the module quiz, or get the attempt not yet finished; options are shuffled per attempt")
    public Response startQuiz(@PathParam("enrollmentId") String enrollmentId, @PathParam("moduleId") String moduleId) {
        QuizView quiz = RetryOnConflict.run(() -> learning.startQuiz(user.username(), enrollmentId, moduleId));
        return Response.ok(quiz)
                .location(uriInfo.getBaseUriBuilder().path("quiz-attempts").path(quiz.quizAttemptId()).build()).build();
    }
}
