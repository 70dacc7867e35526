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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kasus.learning.application.LearningService;
import se.kasus.learning.application.Views.AnswerView;
import se.kasus.learning.application.Views.QuizView;
import se.kasus.platform.persistence.RetryOnConflict;
import se.kasus.platform.security.CurrentUser;
import se.kasus.platform.security.Roles;

@Path("quiz-attempts/{quizAttemptId}")
@RolesAllowed(Roles.LEARNER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuizAttemptResource {

    @Inject
    LearningService learning;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "The quiz attempt: questions in this attempt's order, answers and explanations so far, result when finished")
    public QuizView get(@PathParam("quizAttemptId") String quizAttemptId) {
        return learning.quiz(user.username(), quizAttemptId);
    }

    @POST
    @Path("answers")
    @Operation(summary = "Answer one question and get the key and explanation")
    public AnswerView answer(@PathParam("quizAttemptId") String quizAttemptId,
                             @NotNull(message = "Skicka ditt svar.") @Valid Requests.AnswerRequest request) {
        return RetryOnConflict.run(
                () -> learning.answer(user.username(), quizAttemptId, request.questionId(), request.optionId()));
    }
}
