package se.kasus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Logs in with the form as the pages do and calls the API with the session cookie only, as a browser would. */
public final class BrowserLogin {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public BrowserLogin(int port) {
        this.base = "http://localhost:" + port;
    }

    public static BrowserLogin testServer() {
        return new BrowserLogin(Integer.getInteger("kasus.test.http.port", 9081));
    }

    /** The login's redirect target and the session cookie ("KASUSSESSION=..."), or null when the login failed. */
    public record Login(String location, String cookie) {
    }

    public Login login(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("KASUSSESSION=") && !c.startsWith("KASUSSESSION=;"))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
        return new Login(response.headers().firstValue("Location").orElse(""), cookie);
    }

    public KasusApi.Reply get(String path, String cookie) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json").header("X-Kasus-Request", "1")
                .header("Cookie", cookie).GET().build());
        return new KasusApi.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
