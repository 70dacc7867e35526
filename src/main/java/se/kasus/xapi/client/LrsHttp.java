package se.kasus.xapi.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Sends requests to one LRS with its credentials and version header, and turns error statuses into exceptions. */
final class LrsHttp {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String JSON = "application/json";

    private final HttpClient client;
    private final LrsConfig config;
    private final String authorization;

    LrsHttp(HttpClient client, LrsConfig config) {
        this.client = client;
        this.config = config;
        String credentials = config.username() + ":" + (config.password() == null ? "" : config.password());
        this.authorization = config.authorization() != null ? config.authorization() : "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A request for a resource such as {@code statements}, with the LRS's headers set. */
    HttpRequest.Builder request(String resource, Query query) {
        String suffix = query.parameters().isEmpty() ? "" : "?" + query.encoded();
        return request(config.endpoint().resolve(resource + suffix));
    }

    /** A request for a URL the LRS gave, such as the relative IRL in {@code more}. */
    HttpRequest.Builder requestFor(String relativeOrAbsolute) {
        return request(config.endpoint().resolve(relativeOrAbsolute));
    }

    /** Sends and returns the response, or throws for any status from 400 on except those allowed. */
    HttpResponse<byte[]> send(HttpRequest request, int... allowedErrors) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new LrsException("No response from the LRS for " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsException("Interrupted while waiting for the LRS", e);
        }
        if (response.statusCode() >= 400 && !allowed(response.statusCode(), allowedErrors)) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            throw new LrsException(response.statusCode(), body,
                    "The LRS answered " + response.statusCode() + " to " + request.method() + " " + request.uri());
        }
        return response;
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(config.timeout())
                .header("Authorization", authorization)
                .header(VERSION_HEADER, config.version().header());
    }

    private static boolean allowed(int status, int... allowedErrors) {
        for (int allowedError : allowedErrors) {
            if (status == allowedError) {
                return true;
            }
        }
        return false;
    }
}
