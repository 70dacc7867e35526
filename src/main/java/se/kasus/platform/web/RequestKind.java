package se.kasus.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** What a request addresses: the JSON API, the LRS, or a page or asset for the browser. */
public enum RequestKind {
    API, XAPI, PAGE;

    public static RequestKind of(HttpServletRequest request) {
        return ofPath(path(request));
    }

    /** The path within the application, with runs of slashes collapsed (so {@code //xapi/about} is the LRS's). */
    public static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.replaceAll("/{2,}", "/");
    }

    static RequestKind ofPath(String path) {
        if (path.equals("/api") || path.startsWith("/api/")) {
            return API;
        }
        if (path.equals("/xapi") || path.startsWith("/xapi/")) {
            return XAPI;
        }
        return PAGE;
    }
}
