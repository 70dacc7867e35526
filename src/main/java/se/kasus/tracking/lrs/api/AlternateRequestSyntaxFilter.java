package se.kasus.tracking.lrs.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.kasus.shared.domain.InvalidInputException;

/**
 * The Alternate Request Syntax of xAPI 1.0.3 (Communication 1.3): a POST with {@code ?method=PUT|GET|DELETE|POST}
 * and a form body whose fields carry the headers, the query parameters and the content. The request is rewritten
 * into the request it stands for before anything else sees it.
 */
@Provider
@PreMatching
public class AlternateRequestSyntaxFilter implements ContainerRequestFilter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");
    private static final Set<String> HEADERS = Set.of("Authorization", "X-Experience-API-Version", "Content-Type",
            "Content-Length", "If-Match", "If-None-Match");

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!"POST".equals(request.getMethod()) || !query.containsKey("method")) {
            return;
        }
        if (query.size() > 1) {
            throw invalid("With the alternate request syntax, method is the only query parameter; the others are "
                    + "form fields (Communication 1.3.s3.b3).");
        }
        String method = query.getFirst("method").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw invalid("The method parameter must be GET, PUT, POST or DELETE.");
        }
        if (!MediaTypes.essence(request.getHeaderString("Content-Type")).equals("application/x-www-form-urlencoded")) {
            throw invalid("A request with the method parameter is sent as application/x-www-form-urlencoded "
                    + "(Communication 3.2.s3.b6).");
        }
        Map<String, String> form = form(request);
        request.getHeaders().remove("Content-Type");
        request.getHeaders().remove("Content-Length");
        StringBuilder parameters = new StringBuilder();
        byte[] content = new byte[0];
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (field.getKey().equals("content")) {
                content = field.getValue().getBytes(StandardCharsets.UTF_8);
            } else if (HEADERS.contains(field.getKey())) {
                request.getHeaders().putSingle(field.getKey(), field.getValue());
            } else {
                parameters.append(parameters.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
            }
        }
        if (content.length > 0 && !form.containsKey("Content-Type")) {
            // Clients (the conformance suite among them) often leave the content's type out of the form; the
            // content of an xAPI request without a stated type is taken to be JSON.
            request.getHeaders().putSingle("Content-Type", "application/json");
        }
        request.getHeaders().putSingle("Content-Length", String.valueOf(content.length));
        request.setEntityStream(new ByteArrayInputStream(content));
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        request.setRequestUri(request.getUriInfo().getBaseUri(),
                URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
                        + (parameters.length() == 0 ? "" : "?" + parameters)));
        request.setMethod(method);
    }

    private static Map<String, String> form(ContainerRequestContext request) {
        String body;
        try {
            body = new String(request.getEntityStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (fields.put(name, value) != null) {
                throw invalid("The form field " + name + " is given more than once.");
            }
        }
        return fields;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("alternate-request-syntax", message);
    }
}
