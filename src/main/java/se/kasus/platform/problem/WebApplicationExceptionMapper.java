package se.kasus.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors: unknown path, wrong method or media type, forbidden, unreadable body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 400 -> malformed(e);
            case 401 -> withChallenge(Problems.response(401, "unauthenticated", "Inloggning krävs",
                    "Logga in för att fortsätta.", e), e);
            case 403 -> Problems.response(403, "forbidden", "Åtkomst nekas", "Du har inte behörighet till det här.", e);
            case 404 -> Problems.response(404, "not-found", "Hittades inte", "Adressen finns inte.", e);
            case 405 -> Problems.response(405, "method-not-allowed", "Metoden stöds inte",
                    "Adressen finns men stöder inte den här metoden.", e);
            case 406 -> Problems.response(406, "not-acceptable", "Formatet stöds inte", "Svaret kan bara ges som JSON.", e);
            case 413 -> Problems.response(413, "payload-too-large", "För stor begäran",
                    "Innehållet är större än vad Kasus tar emot här.", e);
            case 415 -> Problems.response(415, "unsupported-media-type", "Formatet stöds inte",
                    "Skicka innehållet som application/json.", e);
            default -> status >= 500
                    ? Problems.response(status, "server-error", "Serverfel", "Ett oväntat fel inträffade.", e)
                    : Problems.response(status, "client-error", "Felaktig begäran", "Begäran kunde inte behandlas.", e);
        };
    }

    /** Keeps the WWW-Authenticate challenge that the thrower gave (RFC 9110: a 401 carries one). */
    private static Response withChallenge(Response problem, WebApplicationException e) {
        String challenge = e.getResponse().getHeaderString("WWW-Authenticate");
        return challenge == null ? problem : Response.fromResponse(problem).header("WWW-Authenticate", challenge).build();
    }

    static Response malformed(Throwable e) {
        return Problems.response(400, "malformed-request", "Felaktig begäran",
                "Innehållet kunde inte läsas. Kontrollera att det är giltig JSON med rätt fält och typer.", e);
    }
}
