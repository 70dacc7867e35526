package se.kasus.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kasus.platform.problem.BodyTooLarge;
import se.kasus.platform.problem.ServletProblems;

/**
 * The error page of every status and uncaught exception (web.xml): problem+json under {@code /api} and
 * {@code /xapi}, otherwise one of the static Swedish pages under {@code /fel/}. Never the server's own page,
 * which names classes and prints stack lines.
 */
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    private static boolean isFileNotFound(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.io.FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (response.isCommitted()) {
            // The answer is already on its way: the authentication mechanism wrote it whole (403 password change,
            // 413, 429) and Liberty reports that as an exception afterwards. Nothing to add, nothing broken.
            LOG.log(Level.FINE, "Error after the response was committed, for " + uri, error);
            return;
        }
        if (Boolean.TRUE.equals(request.getAttribute(BodyTooLarge.ATTRIBUTE))) {
            status = 413;
        } else if (isFileNotFound(error)) {
            // Liberty's file servlet reports a missing static file by throwing when filters wrap it
            status = 404;
        } else if (error != null) {
            LOG.log(Level.SEVERE, "Unhandled error for " + uri, error);
            status = 500;
        }
        String path = uri instanceof String s ? s.replaceAll("/{2,}", "/") : "/";
        RequestKind kind = RequestKind.ofPath(path.startsWith(request.getContextPath())
                ? path.substring(request.getContextPath().length()) : path);
        if (kind != RequestKind.PAGE) {
            ServletProblems.writeForStatus(response, status, kind == RequestKind.XAPI);
            return;
        }
        String page = status == 404 ? "/fel/404.html" : status >= 500 ? "/fel/500.html" : "/fel/fel.html";
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] html;
        try (InputStream in = getServletContext().getResourceAsStream(page)) {
            html = in == null ? new byte[0] : in.readAllBytes();
        }
        try {
            response.getWriter().write(new String(html, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalStateException streamInUse) {
            response.getOutputStream().write(html);
        }
    }
}
