package se.kasus.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Problem responses written straight onto the servlet response, for answers given before (or
 * outside) JAX-RS: size limits, login throttling, error pages under {@code /api} and {@code /xapi}.
 */
public final class ServletProblems {

    private static final Logger LOG = Logger.getLogger(ServletProblems.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ServletProblems() {
    }

    /** Resets whatever was buffered, writes the problem (in Swedish) and commits the response. */
    public static void write(HttpServletResponse response, int status, String code, String title, String detail) {
        write(response, status, code, title, detail, false);
    }

    /**
     * Resets whatever was buffered, writes the problem and commits the response.
     *
     * @param english for the LRS: the problem in English ({@link ProblemLanguage#english}), not in Swedish
     */
    public static void write(HttpServletResponse response, int status, String code, String title, String detail,
                             boolean english) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        LOG.log(status >= 500 ? Level.WARNING : Level.FINE, () -> instance + " " + status + " " + code);
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setStatus(status);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", english ? ProblemLanguage.ENGLISH : ProblemLanguage.SWEDISH);
        ProblemDetail problem = new ProblemDetail(ProblemDetail.type(code), title, status, detail, instance, null);
        byte[] body = JSONB.toJson(english ? ProblemLanguage.english(problem) : problem)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // A known length, not chunks: the answer is complete even when the connection closes right after it.
        response.setContentLength(body.length);
        try {
            try {
                response.getOutputStream().write(body);
            } catch (IllegalStateException writerInUse) {
                response.getWriter().write(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Could not write the problem body", e);
        }
    }

    /** The problem for a status that Kasus answers without a more specific reason (error pages), in Swedish. */
    public static void writeForStatus(HttpServletResponse response, int status) {
        writeForStatus(response, status, false);
    }

    /**
     * The problem for a status that Kasus answers without a more specific reason (error pages).
     *
     * @param english for the LRS: in English, not in Swedish
     */
    public static void writeForStatus(HttpServletResponse response, int status, boolean english) {
        Writer write = (s, code, title, detail) -> write(response, s, code, title, detail, english);
        switch (status) {
            case 400 -> write.to(400, "malformed-request", "Felaktig begäran", "Begäran kunde inte läsas.");
            case 401 -> write.to(401, "unauthenticated", "Inloggning krävs", "Logga in för att fortsätta.");
            case 403 -> write.to(403, "forbidden", "Åtkomst nekas", "Du har inte behörighet till det här.");
            case 404 -> write.to(404, "not-found", "Hittades inte", "Adressen finns inte.");
            case 405 -> write.to(405, "method-not-allowed", "Metoden stöds inte",
                    "Adressen finns men stöder inte den här metoden.");
            case 413 -> payloadTooLarge(response, english);
            case 429 -> write.to(429, "too-many-requests", "För många försök", "Vänta en stund och försök igen.");
            case 503 -> write.to(503, "unavailable", "Tjänsten är inte tillgänglig",
                    "Kasus är inte tillgängligt just nu. Försök igen om en stund.");
            default -> write.to(status, status >= 500 ? "server-error" : "client-error",
                    status >= 500 ? "Serverfel" : "Felaktig begäran",
                    status >= 500 ? "Ett oväntat fel inträffade." : "Begäran kunde inte behandlas.");
        }
    }

    public static void payloadTooLarge(HttpServletResponse response) {
        payloadTooLarge(response, false);
    }

    /** @param english for the LRS: in English, not in Swedish */
    public static void payloadTooLarge(HttpServletResponse response, boolean english) {
        write(response, 413, "payload-too-large", "För stor begäran",
                "Innehållet är större än vad Kasus tar emot här.", english);
    }

    @FunctionalInterface
    private interface Writer {
        void to(int status, String code, String title, String detail);
    }
}
