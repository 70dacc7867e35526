package se.kasus.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class OptimisticLockExceptionMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException e) {
        return Problems.response(409, "concurrent-update", "Konflikt",
                "Samma sak ändrades samtidigt i en annan begäran. Hämta läget och försök igen.", e);
    }
}
