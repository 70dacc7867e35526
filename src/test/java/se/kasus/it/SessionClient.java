package se.kasus.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import se.kasus.it.KasusApi.Credentials;

/**
 * Calls the API as the pages do: logged in once with the form ({@code POST /login}), then only the KASUSSESSION
 * cookie and the page header, no Authorization. Requests time out after 30 seconds.
 */
public final class SessionClient {

    private final String base = "http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081);
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SessionClient() {
    }

    /** A client that has logged in; fails unless the login redirected without an error and set the cookie. */
    public static SessionClient loggedIn(Credentials who) {
        SessionClient client = new SessionClient();
        String form = "username=" + URLEncoder.encode(who.username(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(who.password(), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(client.base + "/login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        boolean cookie = client.cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("KASUSSESSION"));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("fel") || !cookie) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        return client;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A download: the body as bytes, whatever its type. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json").header("X-Kasus-Request", "1");
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
