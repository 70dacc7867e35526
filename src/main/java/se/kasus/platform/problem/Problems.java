package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds problem responses and logs them: client errors quietly, server errors loudly. */
final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    static Response response(int status, String code, String title, String detail, Throwable cause) {
        return response(status, code, title, detail, null, cause);
    }

    static Response response(int status, String code, String title, String detail,
                             List<ProblemDetail.Violation> violations, Throwable cause) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        if (status >= 500) {
            LOG.log(Level.SEVERE, instance + " " + status + " " + code, cause);
        } else {
            LOG.log(Level.FINE, instance + " " + status + " " + code + ": " + detail, cause);
        }
        ProblemDetail body = new ProblemDetail(ProblemDetail.type(code), title, status, detail, instance, violations);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE).language(ProblemLanguage.SWEDISH).entity(body).build();
    }
}
