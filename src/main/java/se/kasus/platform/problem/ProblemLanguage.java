package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The language of problem bodies. Kasus's own API answers in Swedish ({@link #SWEDISH}); the LRS speaks English to
 * its clients, whose messages cite the xAPI specification, and turns the shared Swedish titles and generic details
 * into English with {@link #english(ProblemDetail)}. Each answer names its language in {@code Content-Language}.
 */
public final class ProblemLanguage {

    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";

    /** The generic Swedish details of the shared mappers and error pages, in English. */
    private static final Map<String, String> DETAILS = Map.ofEntries(
            Map.entry("Innehållet kunde inte läsas. Kontrollera att det är giltig JSON med rätt fält och typer.",
                    "The request body could not be read. Check that it is valid JSON with the right fields and types."),
            Map.entry("Begäran kunde inte läsas.", "The request could not be read."),
            Map.entry("Logga in för att fortsätta.", "Send LRS credentials with HTTP Basic authentication."),
            Map.entry("Du har inte behörighet till det här.", "These credentials may not do this."),
            Map.entry("Adressen finns inte.", "There is no such resource in this LRS."),
            Map.entry("Adressen finns men stöder inte den här metoden.",
                    "The resource exists but does not support this method."),
            Map.entry("Svaret kan bara ges som JSON.", "The answer can only be given as JSON."),
            Map.entry("Innehållet är större än vad Kasus tar emot här.", "The request body is larger than Kasus accepts here."),
            Map.entry("Skicka innehållet som application/json.", "Send the content as application/json."),
            Map.entry("Vänta en stund och försök igen.", "Wait a moment and try again."),
            Map.entry("Kasus är inte tillgängligt just nu. Försök igen om en stund.",
                    "Kasus is not available right now. Try again in a moment."),
            Map.entry("Ett oväntat fel inträffade.", "An unexpected error occurred."),
            Map.entry("Begäran kunde inte behandlas.", "The request could not be processed."));

    private ProblemLanguage() {
    }

    /** The problem with the HTTP reason phrase as its title and a generic Swedish detail in English. */
    public static ProblemDetail english(ProblemDetail problem) {
        Response.Status status = Response.Status.fromStatusCode(problem.status());
        String title = status == null ? problem.title() : status.getReasonPhrase();
        String detail = DETAILS.getOrDefault(problem.detail(), problem.detail());
        return new ProblemDetail(problem.type(), title, problem.status(), detail, problem.instance(), problem.violations());
    }
}
