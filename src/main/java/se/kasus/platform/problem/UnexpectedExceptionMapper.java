package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything else: a 500 that never shows the exception's message to the client. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        return Problems.response(500, "server-error", "Serverfel",
                "Ett oväntat fel inträffade. Ange felets id (instance) om du kontaktar supporten.", e);
    }
}
