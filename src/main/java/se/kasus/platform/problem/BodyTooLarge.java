package se.kasus.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * A body that went past its size limit while it was read (a chunked body has no Content-Length to
 * refuse it by in advance) is cut off by the size filter, which marks the request. Whatever the
 * reader made of the cut-off stream (a JSON error, an I/O error), the answer is then 413.
 */
@Provider
public class BodyTooLarge implements ContainerResponseFilter {

    /** Request attribute the size filter sets when it stopped reading a body at the limit. */
    public static final String ATTRIBUTE = "kasus.body-too-large";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (servletRequest != null && Boolean.TRUE.equals(servletRequest.getAttribute(ATTRIBUTE))) {
            var problem = Problems.response(413, "payload-too-large", "För stor begäran",
                    "Innehållet är större än vad Kasus tar emot här.", null);
            response.setStatus(413);
            response.getHeaders().putSingle("Content-Type", ProblemDetail.MEDIA_TYPE);
            response.setEntity(problem.getEntity(), null, jakarta.ws.rs.core.MediaType.valueOf(ProblemDetail.MEDIA_TYPE));
        }
    }
}
