package se.kasus.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The security headers for each kind of response. */
public final class SecurityHeaders {

    /** Pages: our own scripts and styles only, no inline code, never framed. */
    public static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** JSON answers are never rendered as documents. */
    public static final String DATA_CSP = "default-src 'none'; frame-ancestors 'none'";
    public static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /**
     * Sets the headers for the request's kind, and HSTS over HTTPS. Called by the filter and also by the
     * authentication mechanism, whose answers (401, 429, the login redirect) are given before any filter runs.
     */
    public static Map<String, String> apply(HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> headers = forKind(RequestKind.of(request));
        headers.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    static Map<String, String> forKind(RequestKind kind) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        switch (kind) {
            case PAGE -> {
                headers.put("Content-Security-Policy", PAGE_CSP);
                headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            }
            case API -> {
                headers.put("Content-Security-Policy", DATA_CSP);
                headers.put("Cache-Control", "no-store");
            }
            case XAPI -> headers.put("Content-Security-Policy", DATA_CSP);
        }
        return headers;
    }
}
