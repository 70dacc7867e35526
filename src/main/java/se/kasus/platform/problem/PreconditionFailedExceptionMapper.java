package se.kasus.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.kasus.shared.domain.PreconditionFailedException;

@Provider
public class PreconditionFailedExceptionMapper implements ExceptionMapper<PreconditionFailedException> {

    @Override
    public Response toResponse(PreconditionFailedException e) {
        return Problems.response(412, e.code(), "Villkoret uppfylls inte", e.getMessage(), e);
    }
}
