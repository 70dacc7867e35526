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
 * unknown static file. Inside the LRS's path ({@code /xapi//statements}) the request is forwarded to the path with
 * the slashes collapsed, as LRS clients expect (issue 13, xAPI rule 11).
 */
public class MalformedPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().contains("//") && isInsideLrsPath(request)) {
            // Some cmi5 players and LMS test suites join the LRS endpoint and the resource with a slash too many
            // (/xapi//statements); the LRS answers them at the same resource. Forwarded, the path is a clean one.
            // The query goes along explicitly: Liberty's forward gives the target no query string of its own.
            String query = request.getQueryString();
            request.getRequestDispatcher(RequestKind.path(request) + (query == null ? "" : "?" + query))
                    .forward(request, response);
            return;
        }
        if (request.getRequestURI().contains("//")) {
            RequestKind kind = RequestKind.of(request);
            if (kind == RequestKind.PAGE) {
                response.sendError(404);
            } else {
                ServletProblems.writeForStatus(response, 404, kind == RequestKind.XAPI);
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

    /** Whether the doubled slash is inside the LRS's path ({@code /xapi//statements}), not before it. */
    private static boolean isInsideLrsPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.startsWith("/xapi/") && RequestKind.of(request) == RequestKind.XAPI;
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
