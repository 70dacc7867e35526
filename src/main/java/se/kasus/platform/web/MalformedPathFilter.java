package se.kasus.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.kasus.platform.problem.ServletProblems;

/**
 * Kasus has no address with an empty path segment. A doubled slash ({@code //xapi/about}) used to reach
 * RESTEasy, which failed on it with a 500; it is answered 404 here, before any application code. So is an
 * unknown static file.
 */
public class MalformedPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().contains("//")) {
            if (RequestKind.of(request) == RequestKind.PAGE) {
                response.sendError(404);
            } else {
                ServletProblems.writeForStatus(response, 404);
            }
            return;
        }
        if (isMissingFile(request)) {
            // Answered here: Liberty's file servlet would throw (and record an incident) for every unknown address
            response.sendError(404);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isMissingFile(HttpServletRequest request) {
        if (request.getHttpServletMapping().getMappingMatch() != jakarta.servlet.http.MappingMatch.DEFAULT) {
            return false;
        }
        try {
            return getServletContext().getResource(RequestKind.path(request)) == null;
        } catch (java.net.MalformedURLException e) {
            return true;
        }
    }
}
