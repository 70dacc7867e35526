package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every response carries the security headers of its kind; errors are Swedish pages or problem+json, never traces. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private static HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = RawHttp.request(path).header("Accept", "text/html, application/json")
                .header("X-Experience-API-Version", "1.0.3");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return RawHttp.send(request.GET().build());
    }

    /** The headers as sent, in the test output (the closing note quotes them). */
    private static void print(String what, HttpResponse<String> reply) {
        StringBuilder text = new StringBuilder("Headers of " + what + ": HTTP " + reply.statusCode() + "\n");
        reply.headers().map().forEach((name, values) -> values.forEach(v -> text.append("  ").append(name).append(": ")
                .append(v).append('\n')));
        System.out.print(text);
    }

    private static void assertNoLeak(HttpResponse<String> reply) {
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at com.").doesNotContain("at org.")
                .doesNotContain("resteasy").doesNotContain("Error 404").doesNotContain("SRVE");
    }

    @Test
    void pagesAndAssetsCarryTheStrictContentSecurityPolicy() {
        for (String path : new String[] {"/", "/logga-in.html", "/assets/kasus.js", "/verifiera.html", "/assets/verifiera.js"}) {
            HttpResponse<String> reply = get(path, null);
            print(path, reply);

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(RawHttp.header(reply, "Content-Security-Policy")).isEqualTo(PAGE_CSP);
            assertThat(RawHttp.header(reply, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(RawHttp.header(reply, "Referrer-Policy")).isEqualTo("same-origin");
            assertThat(RawHttp.header(reply, "X-Frame-Options")).isEqualTo("DENY");
            assertThat(RawHttp.header(reply, "Permissions-Policy")).contains("camera=()");
            assertThat(RawHttp.header(reply, "Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
        }
    }

    @Test
    void theTrainersEditorPagesCarryTheSameHeaders() {
        for (String path : new String[] {"/forfatta/index.html", "/forfatta/utkast.html", "/forfatta/dokument.html",
                "/assets/forfatta.css", "/assets/forfatta-common.js", "/assets/utkast.js", "/assets/dokument.js"}) {
            HttpResponse<String> reply = get(path, null);
            print(path, reply);

            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            assertThat(RawHttp.header(reply, "Content-Security-Policy")).as(path).isEqualTo(PAGE_CSP);
            assertThat(RawHttp.header(reply, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(RawHttp.header(reply, "X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void apiAnswersAreNeverRenderedNorStored() {
        HttpResponse<String> reply = get("/api/me", RawHttp.basic(api.admin()));
        print("/api/me", reply);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(RawHttp.header(reply, "Content-Security-Policy")).isEqualTo(DATA_CSP);
        assertThat(RawHttp.header(reply, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(RawHttp.header(reply, "Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void lrsAnswersAreNeverRendered() {
        HttpResponse<String> reply = get("/xapi/about", null);
        print("/xapi/about", reply);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(RawHttp.header(reply, "Content-Security-Policy")).isEqualTo(DATA_CSP);
        assertThat(RawHttp.header(reply, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anUnknownPageIsTheSwedishNotFoundPage() {
        HttpResponse<String> reply = get("/finns-inte.html", null);

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(RawHttp.header(reply, "Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("<html lang=\"sv\">").contains("Sidan finns inte").contains("class=\"site\"");
        assertThat(RawHttp.header(reply, "Content-Security-Policy")).isEqualTo(PAGE_CSP);
        assertNoLeak(reply);
    }

    @Test
    void unknownAddressesUnderApiAndXapiAreProblems() {
        HttpResponse<String> apiReply = get("/api/finns-inte", RawHttp.basic(api.admin()));
        HttpResponse<String> xapiReply = get("/xapi/finns-inte", null);

        for (HttpResponse<String> reply : new HttpResponse[] {apiReply, xapiReply}) {
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(404);
            assertThat(RawHttp.header(reply, "Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("urn:kasus:problem:not-found");
            assertNoLeak(reply);
        }
    }

    @Test
    void aDoubledLeadingSlashIsACleanNotFound() {
        HttpResponse<String> reply = get("//xapi/about", null);

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(RawHttp.header(reply, "Content-Type")).startsWith("application/problem+json");
        assertThat(RawHttp.header(reply, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertNoLeak(reply);
    }
}
