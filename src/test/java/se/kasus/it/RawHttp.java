package se.kasus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP against the test server, for tests that look at headers and bodies exactly as sent. */
public final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private RawHttp() {
    }

    /** An address on the test server; the path is taken as it is (a doubled slash stays doubled). */
    public static URI uri(String path) {
        return URI.create("http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081) + path);
    }

    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120));
    }

    public static String basic(KasusApi.Credentials who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.username() + ":" + who.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
