package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import se.kasus.shared.domain.InvalidInputException;

@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        List<ProblemDetail.Violation> violations = e.violations().isEmpty() ? null : e.violations().stream()
                .map(v -> new ProblemDetail.Violation(v.field(), v.message()))
                .toList();
        return Problems.response(400, e.code(), "Felaktig begäran", e.getMessage(), violations, e);
    }
}
