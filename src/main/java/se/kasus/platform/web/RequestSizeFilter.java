package se.kasus.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.kasus.platform.problem.BodyTooLarge;
import se.kasus.platform.problem.ServletProblems;

/**
 * Request size limits: a body whose Content-Length is over the limit is answered 413 before a byte of it is
 * read; a body without one (chunked) is counted as it is read and cut off at the limit, which
 * {@link BodyTooLarge} turns into 413. Pages take no bodies but the login form, which the authentication
 * mechanism reads and limits itself, since it runs before any filter.
 */
public class RequestSizeFilter extends HttpFilter {

    @Inject
    RequestLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestKind kind = RequestKind.of(request);
        long limit = limits.forKind(kind);
        if (request.getContentLengthLong() > limit) {
            // The client may still be sending: close the connection rather than read what it sends.
            response.setHeader("Connection", "close");
            ServletProblems.payloadTooLarge(response, kind == RequestKind.XAPI);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit, (HttpServletRequest) getRequest());
            }
            return stream;
        }
    }

    /** Counts what is read and stops with an I/O error once more than the limit has come. */
    static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final HttpServletRequest request;
        private long count;

        LimitedStream(ServletInputStream in, long limit, HttpServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                request.setAttribute(BodyTooLarge.ATTRIBUTE, Boolean.TRUE);
                throw new IOException("request body over the limit of " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
