package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;

/**
 * Over HTTPS (the test server's self-signed certificate, trusted blindly here) the session cookie is Secure and
 * responses carry HSTS; over plain HTTP, with kasus.secure.cookies at its default, neither.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpsIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private static HttpURLConnection login(String base, Credentials who) throws IOException, GeneralSecurityException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + "/login").toURL().openConnection();
        if (connection instanceof HttpsURLConnection https) {
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            https.setSSLSocketFactory(trustAll.getSocketFactory());
            https.setHostnameVerifier((host, session) -> true);
        }
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(("username=" + URLEncoder.encode(who.username(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(who.password(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }
        connection.getResponseCode();
        return connection;
    }

    private static String sessionCookie(HttpURLConnection connection) {
        List<String> cookies = connection.getHeaderFields().entrySet().stream()
                .filter(e -> "Set-Cookie".equalsIgnoreCase(e.getKey())).flatMap(e -> e.getValue().stream()).toList();
        return cookies.stream().filter(c -> c.startsWith("KASUSSESSION=")).findFirst().orElseThrow();
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        Credentials learner = api.newLearner();

        HttpURLConnection reply = login("https://localhost:" + Integer.getInteger("kasus.test.https.port", 9444), learner);

        assertThat(reply.getResponseCode()).isIn(302, 303);
        assertThat(reply.getHeaderField("Location")).endsWith("/");
        assertThat(sessionCookie(reply)).contains("; Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(reply.getHeaderField("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void overPlainHttpThereIsNoHsts() throws Exception {
        Credentials learner = api.newLearner();

        HttpURLConnection reply = login("http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081), learner);

        assertThat(reply.getResponseCode()).isIn(302, 303);
        assertThat(sessionCookie(reply)).doesNotContain("Secure");
        assertThat(reply.getHeaderField("Strict-Transport-Security")).isNull();
    }
}
