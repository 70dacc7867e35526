package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/** "Mitt konto": the own account, and changing one's own password through PUT /api/me/password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyAccountIT {

    private final KasusApi api = KasusApi.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void meShowsNameUsernameRolesAndThatNoPasswordChangeIsPending() {
        Credentials learner = api.newLearner();

        JsonNode me = api.get("api/me", learner).json();

        assertThat(me.path("username").asString()).isEqualTo(learner.username());
        assertThat(me.path("displayName").asString()).isEqualTo("Testare");
        assertThat(me.path("roles").toString()).isEqualTo("[\"LEARNER\"]");
        assertThat(me.path("mustChangePassword").asBoolean(true)).isFalse();
        assertThat(me.hasNonNull("orgUnitName")).as("in no unit").isFalse();
        assertThat(me.toString()).doesNotContain("PBKDF2", learner.password());
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndChangesNothing() {
        Credentials learner = api.newLearner();

        Reply reply = change(learner, "inte-mitt-lösenord-alls", "ett-helt-nytt-lösen-42");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.problemType()).isEqualTo("wrong-current-password");
        assertThat(reply.json().path("detail").asString()).isEqualTo(
                "Det nuvarande lösenordet stämmer inte. Skriv lösenordet du loggade in med.");
        assertThat(api.get("api/me", learner).status()).isEqualTo(200);
        assertThat(api.get("api/me", new Credentials(learner.username(), "ett-helt-nytt-lösen-42")).status()).isEqualTo(401);
    }

    @Test
    void passwordsThatBreakTheRulesAre422WithTheRuleInSwedish() {
        Credentials learner = api.newLearner();

        Reply tooShort = change(learner, learner.password(), "kort-lösen");
        Reply withUsername = change(learner, learner.password(), "X-" + learner.username().toUpperCase() + "-2026");
        Reply common = change(learner, learner.password(), "Qwerty123456");
        Reply swedish = change(learner, learner.password(), "Välkommen123");
        Reply same = change(learner, learner.password(), learner.password());

        assertThat(List.of(tooShort, withUsername, common, swedish, same)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            assertThat(reply.problemType()).isEqualTo("weak-password");
        });
        assertThat(tooShort.json().path("detail").asString()).isEqualTo("Lösenordet ska ha minst 12 tecken.");
        assertThat(withUsername.json().path("detail").asString())
                .isEqualTo("Lösenordet får inte vara eller innehålla användarnamnet.");
        assertThat(common.json().path("detail").asString()).contains("vanligaste lösenorden");
        assertThat(swedish.json().path("detail").asString()).contains("vanligaste lösenorden");
        assertThat(same.json().path("detail").asString()).isEqualTo("Det nya lösenordet måste skilja sig från det nuvarande.");
        assertThat(api.get("api/me", learner).status()).as("the old password still works").isEqualTo(200);
    }

    @Test
    void aMissingFieldIsAValidationProblemNamingTheField() {
        Credentials learner = api.newLearner();

        Reply reply = api.put("api/me/password", learner, "{\"newPassword\":\"ett-helt-nytt-lösen-42\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("violations").get(0).path("field").asString()).isEqualTo("currentPassword");
        assertThat(reply.json().path("violations").get(0).path("message").asString()).isEqualTo("Skriv ditt nuvarande lösenord.");
    }

    @Test
    void afterAChangeTheNewPasswordWorksAndTheOldDoesNot() {
        Credentials learner = api.newLearner();
        Credentials renewed = new Credentials(learner.username(), "grön-tekopp-över-bron-" + learner.username().length());

        Reply reply = change(learner, learner.password(), renewed.password());

        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(api.get("api/me", renewed).status()).isEqualTo(200);
        assertThat(api.get("api/me", learner).status()).isEqualTo(401);
        assertThat(BrowserLogin.testServer().login(renewed.username(), renewed.password()).location()).doesNotContain("fel");
        assertThat(BrowserLogin.testServer().login(learner.username(), learner.password()).location()).contains("fel=1");
    }

    @Test
    void theSessionThatChangedThePasswordGoesOnAndOtherSessionsEnd() {
        Credentials learner = api.newLearner();
        SessionClient here = SessionClient.loggedIn(learner);
        SessionClient elsewhere = SessionClient.loggedIn(learner);

        HttpResponse<String> changed = here.put("/api/me/password",
                "{\"currentPassword\":\"" + learner.password() + "\",\"newPassword\":\"blå-cykel-i-regnet-" + learner.username().length() + "\"}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(changed.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("KASUSSESSION="));
        assertThat(here.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(here.get("/api/enrollments").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void theChangeIsRecordedInTheAuditTrailWithActorAndAddress() {
        Credentials learner = api.newLearner();
        assertThat(change(learner, learner.password(), "röd-paraply-vid-sjön-77").status()).isEqualTo(204);

        Reply audit = api.get("api/admin/audit?q=" + learner.username(), api.admin());

        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        audit.json().forEach(e -> entries.add(e.path("actor").asString() + " " + e.path("action").asString()
                + " " + e.path("target").asString() + " " + e.path("address").asString()));
        assertThat(entries).containsExactly(
                learner.username() + " account.password-changed " + learner.username() + " 127.0.0.1",
                "admin account.created " + learner.username() + " 127.0.0.1");
    }

    private Reply change(Credentials who, String current, String next) {
        return api.put("api/me/password", who, "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
    }
}
