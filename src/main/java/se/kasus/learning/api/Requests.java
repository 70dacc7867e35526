package se.kasus.learning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the player API. */
public final class Requests {

    private Requests() {
    }

    public record EnrollRequest(@NotBlank(message = "Ange vilken kurs (courseId).") @Size(max = 64) String courseId) {
    }

    public record DecisionRequest(
            @NotBlank(message = "Ange beslutspunkten (stepId).") @Size(max = 10) String stepId,
            @NotBlank(message = "Ange vilket alternativ du väljer (optionId).") @Size(max = 4) String optionId) {
    }

    public record ReflectionRequest(
            @NotBlank(message = "Skriv ditt svar på reflektionsfrågan.")
            @Size(max = 10000, message = "Svaret får ha högst 10 000 tecken.") String text) {
    }

    public record AnswerRequest(
            @NotBlank(message = "Ange frågan (questionId).") @Size(max = 10) String questionId,
            @NotBlank(message = "Ange vilket alternativ du väljer (optionId).") @Size(max = 4) String optionId) {
    }
}
