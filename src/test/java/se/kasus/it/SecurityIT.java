package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void aLearnerCannotReadOrChangeAnotherLearnersAttempt() {
        Credentials owner = api.newLearner();
        Credentials other = api.newLearner();
        String enrollment = api.enroll(owner);
        String attemptId = api.startCase(owner, enrollment, "case-01");
        api.decide(owner, attemptId, "dp1", "B");
        api.put("api/attempts/" + attemptId + "/reflection", owner, "{\"text\":\"Mina privata tankar.\"}");
        api.enroll(other);

        Reply attempt = api.get("api/attempts/" + attemptId, other);
        Reply summary = api.get("api/attempts/" + attemptId + "/summary", other);
        Reply foreignEnrollment = api.get("api/enrollments/" + enrollment, other);
        Reply decide = api.decide(other, attemptId, "dp2", "A");
        Reply reflect = api.put("api/attempts/" + attemptId + "/reflection", other, "{\"text\":\"Skriver över.\"}");
        Reply startCase = api.post("api/enrollments/" + enrollment + "/cases/case-02/attempt", other, "");

        for (Reply reply : new Reply[] {attempt, summary, foreignEnrollment, decide, reflect, startCase}) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(404);
            assertThat(reply.body()).doesNotContain("Mina privata tankar");
        }
        JsonNode own = api.get("api/attempts/" + attemptId, owner).json();
        assertThat(own.path("decisions")).hasSize(1);
        assertThat(own.path("reflection").path("answer").asString()).isEqualTo("Mina privata tankar.");
        assertThat(api.get("api/enrollments", other).json()).hasSize(1);
    }

    @Test
    void aLearnerCannotReadAnotherLearnersQuiz() {
        Credentials owner = api.newLearner();
        Credentials other = api.newLearner();
        JsonNode quiz = api.post("api/enrollments/" + api.enroll(owner) + "/modules/M1/quiz", owner, "").json();
        String quizId = quiz.path("quizAttemptId").asString();

        assertThat(api.get("api/quiz-attempts/" + quizId, other).status()).isEqualTo(404);
        assertThat(api.post("api/quiz-attempts/" + quizId + "/answers", other,
                "{\"questionId\":\"Q1.1\",\"optionId\":\"B\"}").status()).isEqualTo(404);
    }

    @Test
    void aLearnerCannotUseTheAdminApi() {
        Credentials learner = api.newLearner();

        Reply reply = api.post("api/admin/users", learner,
                "{\"username\":\"inkraktare\",\"password\":\"ett-langt-losenord\",\"roles\":[\"ADMIN\"]}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problemType()).isEqualTo("forbidden");
        assertThat(api.get("api/admin/users", learner).status()).isEqualTo(403);
    }

    @Test
    void aChangeMadeWithTheSessionCookieNeedsThePageHeader() throws Exception {
        Credentials learner = api.newLearner();
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browserLike = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081);
        String form = "username=" + java.net.URLEncoder.encode(learner.username(), java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(learner.password(), java.nio.charset.StandardCharsets.UTF_8);
        var login = browserLike.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("fel");

        String body = "{\"courseId\":\"" + KasusApi.COURSE + "\"}";
        var forged = browserLike.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/enrollments"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var fromPage = browserLike.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/enrollments"))
                        .header("Content-Type", "application/json").header("X-Kasus-Request", "1")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(fromPage.statusCode()).isEqualTo(201);
    }

    @Test
    void aWrongPasswordIs401() {
        Credentials learner = api.newLearner();

        Reply reply = api.get("api/me", new Credentials(learner.username(), "fel-lösenord-123"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problemType()).isEqualTo("unauthenticated");
    }

    @Test
    void anAdministratorCreatesAUserAndSetsTheirRoles() {
        String username = "tranare-" + System.nanoTime();

        Reply created = api.post("api/admin/users", api.admin(),
                "{\"username\":\"" + username + "\",\"password\":\"tränarens-lösenord-1\",\"displayName\":\"Tina Tränare\"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.location()).endsWith("/api/admin/users/" + id);
        assertThat(created.json().path("roles").get(0).asString()).isEqualTo("LEARNER");
        assertThat(created.body()).doesNotContain("password", "PBKDF2");

        Reply updated = api.put("api/admin/users/" + id + "/roles", api.admin(), "{\"roles\":[\"TRAINER\",\"LEARNER\"]}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("roles")).hasSize(2);

        JsonNode me = api.get("api/me", new Credentials(username, "tränarens-lösenord-1")).json();
        assertThat(me.path("displayName").asString()).isEqualTo("Tina Tränare");
        assertThat(me.path("roles").toString()).contains("TRAINER");
    }

    @Test
    void aTakenUsernameIs409AndAShortPasswordIs422() {
        Credentials learner = api.newLearner();

        Reply taken = api.post("api/admin/users", api.admin(),
                "{\"username\":\"" + learner.username() + "\",\"password\":\"ett-annat-langt-losen\"}");
        Reply weak = api.post("api/admin/users", api.admin(), "{\"username\":\"kort-losen\",\"password\":\"kort\"}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.problemType()).isEqualTo("username-taken");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.problemType()).isEqualTo("weak-password");
    }
}
