package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import se.kasus.shared.domain.RejectedWithReportException;

@Provider
public class RejectedWithReportExceptionMapper implements ExceptionMapper<RejectedWithReportException> {

    @Override
    public Response toResponse(RejectedWithReportException e) {
        Response plain = Problems.response(422, e.code(), "Begäran följer inte reglerna", e.getMessage(), e);
        ProblemDetail problem = (ProblemDetail) plain.getEntity();
        List<ProblemDetail.Violation> violations = e.violations().stream()
                .map(v -> new ProblemDetail.Violation(v.field(), v.message()))
                .toList();
        return Response.status(422).type(ProblemDetail.MEDIA_TYPE).language(ProblemLanguage.SWEDISH)
                .entity(new ReportedProblemDetail(problem.type(), problem.title(), 422, problem.detail(), problem.instance(),
                        violations, e.report()))
                .build();
    }
}
