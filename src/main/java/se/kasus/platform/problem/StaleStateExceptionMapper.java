package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import se.kasus.shared.domain.StaleStateException;

/** 409 with the current state beside the standard members, so the client can show both versions. */
@Provider
public class StaleStateExceptionMapper implements ExceptionMapper<StaleStateException> {

    @Override
    public Response toResponse(StaleStateException e) {
        Response plain = Problems.response(409, e.code(), "Konflikt", e.getMessage(), e);
        ProblemDetail problem = (ProblemDetail) plain.getEntity();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", problem.instance());
        e.current().forEach(body::putIfAbsent);
        return Response.status(409).type(ProblemDetail.MEDIA_TYPE).language(ProblemLanguage.SWEDISH).entity(body).build();
    }
}
