package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.kasus.shared.domain.PreconditionRequiredException;

@Provider
public class PreconditionRequiredExceptionMapper implements ExceptionMapper<PreconditionRequiredException> {

    @Override
    public Response toResponse(PreconditionRequiredException e) {
        return Problems.response(428, e.code(), "Villkor saknas", e.getMessage(), e);
    }
}
