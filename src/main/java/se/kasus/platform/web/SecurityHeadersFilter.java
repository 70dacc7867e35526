package se.kasus.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Sets the security headers of {@link SecurityHeaders} on every response before anything is written, and
 * HSTS when the request came over HTTPS. A resource may still choose a stricter value of one of these
 * headers (the LRS's documents add {@code sandbox}): adding one of them replaces ours instead of sending two.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Map<String, String> headers = SecurityHeaders.apply(request, response);
        chain.doFilter(request, new OverridingResponse(response, headers.keySet()));
    }

    /** Turns {@code addHeader} of one of our headers into {@code setHeader}. */
    private static final class OverridingResponse extends HttpServletResponseWrapper {

        private final java.util.Set<String> ours;

        OverridingResponse(HttpServletResponse response, java.util.Set<String> ours) {
            super(response);
            this.ours = ours.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        @Override
        public void addHeader(String name, String value) {
            if (name != null && ours.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
