package se.kasus.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<ProblemDetail.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.Violation::field))
                .toList();
        return Problems.response(400, "validation", "Ogiltiga uppgifter",
                "En eller flera uppgifter saknas eller är ogiltiga.", violations, e);
    }

    /** The last named node, e.g. "optionId" rather than "decide.arg1.optionId"; "body" for a missing body. */
    private static String field(ConstraintViolation<?> violation) {
        String name = "body";
        int depth = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            if (depth > 2 && node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
