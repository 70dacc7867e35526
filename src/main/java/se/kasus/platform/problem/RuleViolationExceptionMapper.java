package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.kasus.shared.domain.RuleViolationException;

@Provider
public class RuleViolationExceptionMapper implements ExceptionMapper<RuleViolationException> {

    @Override
    public Response toResponse(RuleViolationException e) {
        return Problems.response(422, e.code(), "Begäran följer inte reglerna", e.getMessage(), e);
    }
}
