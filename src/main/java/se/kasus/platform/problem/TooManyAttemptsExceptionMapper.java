package se.kasus.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.kasus.shared.domain.TooManyAttemptsException;

/** 429 with Retry-After (RFC 9110 section 10.2.3) in seconds. */
@Provider
public class TooManyAttemptsExceptionMapper implements ExceptionMapper<TooManyAttemptsException> {

    @Override
    public Response toResponse(TooManyAttemptsException e) {
        Response problem = Problems.response(429, e.code(), "För många försök", e.getMessage(), e);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).build();
    }
}
