package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.KasusApi.Credentials;
import se.kasus.it.KasusApi.Reply;
import tools.jackson.databind.JsonNode;

/** The administrators' account API: search, create, deactivate, temporary passwords, import, organisation, audit log. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminAccountsIT {

    private static final String HEADER = "användarnamn;namn;e-post;organisation;roll\n";

    private final KasusApi api = KasusApi.testServer();
    private final BrowserLogin browser = BrowserLogin.testServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String idOf(String username) {
        JsonNode found = api.get("api/admin/users?q=" + username, api.admin()).json();
        assertThat(found).as("search for " + username).hasSize(1);
        return found.get(0).path("id").asString();
    }

    @Test
    void searchFindsAccountsByUsernameNameOrEmailInAnyCaseAndFiltersByUnitAndState() {
        String token = unique("sok");
        String unit = api.post("api/admin/org-units", api.admin(), "{\"name\":\"" + token + "\"}").json().path("id").asString();
        String sub = api.post("api/admin/org-units", api.admin(),
                "{\"name\":\"Lön\",\"parentId\":\"" + unit + "\"}").json().path("id").asString();
        Reply first = api.post("api/admin/users", api.admin(), "{\"username\":\"" + token + "-b\",\"displayName\":\"Berit\","
                + "\"password\":\"ett-langt-losenord-1\",\"orgUnitId\":\"" + sub + "\"}");
        api.post("api/admin/users", api.admin(), "{\"username\":\"x" + token.substring(3) + "\",\"displayName\":\"Anna "
                + token.toUpperCase() + "\",\"password\":\"ett-langt-losenord-1\"}");
        api.post("api/admin/users", api.admin(), "{\"username\":\"y" + token.substring(3) + "\",\"displayName\":\"Cilla\","
                + "\"email\":\"cilla." + token + "@kommun.se\",\"password\":\"ett-langt-losenord-1\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("orgUnitId").asString()).isEqualTo(sub);

        List<String> all = api.get("api/admin/users?q=" + token.toUpperCase(), api.admin()).json().findValuesAsString("username");
        List<String> inUnit = api.get("api/admin/users?unit=" + unit, api.admin()).json().findValuesAsString("username");
        api.post("api/admin/users/" + idOf(token + "-b") + "/deactivate", api.admin(), "");
        List<String> active = api.get("api/admin/users?active=true&q=" + token, api.admin()).json().findValuesAsString("username");
        List<String> inactive = api.get("api/admin/users?active=false&q=" + token, api.admin()).json().findValuesAsString("username");
        Reply firstPage = api.get("api/admin/users?limit=1&q=" + token, api.admin());

        assertThat(all).containsExactly(token + "-b", "x" + token.substring(3), "y" + token.substring(3));
        assertThat(inUnit).as("a unit's search includes its sub-units").containsExactly(token + "-b");
        assertThat(active).containsExactly("x" + token.substring(3), "y" + token.substring(3));
        assertThat(inactive).containsExactly(token + "-b");
        assertThat(firstPage.json()).hasSize(1);
        assertThat(api.get("api/admin/users?q=%25", api.admin()).status()).isEqualTo(200);
        assertThat(api.get("api/admin/users?active=kanske", api.admin()).status()).isEqualTo(400);
    }

    @Test
    void anAccountCreatedWithoutAPasswordGetsATemporaryOneShownOnceThatMustBeChanged() throws Exception {
        String username = unique("ny");

        Reply created = api.post("api/admin/users", api.admin(),
                "{\"username\":\"" + username + "\",\"displayName\":\"Ny Person\",\"roles\":[\"LEARNER\"]}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String temporary = created.json().path("temporaryPassword").asString();
        assertThat(temporary).hasSize(16).matches("[A-Za-z2-9]+");
        assertThat(created.json().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(api.get("api/admin/users/" + created.json().path("id").asString(), api.admin()).body())
                .doesNotContain("temporaryPassword", temporary);

        Credentials person = new Credentials(username, temporary);
        assertThat(api.get("api/me", person).status()).isEqualTo(200);
        Reply elsewhere = api.get("api/enrollments", person);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.json().path("type").asString()).endsWith("password-change-required");
    }

    @Test
    void deactivationRefusesTheAccountsOpenSessionAtOnceAndReactivationLetsItLogInAgain() {
        Credentials learner = api.newLearner();
        BrowserLogin.Login session = browser.login(learner.username(), learner.password());
        assertThat(browser.get("/api/me", session.cookie()).status()).isEqualTo(200);
        String id = idOf(learner.username());

        Reply deactivated = api.post("api/admin/users/" + id + "/deactivate", api.admin(), "");

        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertThat(browser.get("/api/me", session.cookie()).status()).isEqualTo(401);
        assertThat(api.get("api/me", learner).status()).isEqualTo(401);
        assertThat(browser.login(learner.username(), learner.password()).location()).contains("fel=1");

        Reply reactivated = api.post("api/admin/users/" + id + "/reactivate", api.admin(), "");

        assertThat(reactivated.json().path("active").asBoolean()).isTrue();
        assertThat(api.get("api/me", learner).status()).isEqualTo(200);
        assertThat(browser.get("/api/me", session.cookie()).status()).as("a session ended stays ended").isEqualTo(401);
        assertThat(browser.get("/api/me", browser.login(learner.username(), learner.password()).cookie()).status())
                .isEqualTo(200);
    }

    @Test
    void aTemporaryPasswordEndsOpenSessionsAndTheNextLoginMayOnlyChangeThePassword() {
        Credentials learner = api.newLearner();
        BrowserLogin.Login before = browser.login(learner.username(), learner.password());

        Reply reset = api.post("api/admin/users/" + idOf(learner.username()) + "/temporary-password", api.admin(), "");

        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String temporary = reset.json().path("temporaryPassword").asString();
        assertThat(temporary).hasSize(16);
        assertThat(reset.json().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(browser.get("/api/me", before.cookie()).status()).isEqualTo(401);
        assertThat(api.get("api/me", learner).status()).as("the old password").isEqualTo(401);

        BrowserLogin.Login after = browser.login(learner.username(), temporary);
        assertThat(after.location()).endsWith("/mitt-konto.html?byt=1");
        assertThat(browser.get("/api/me", after.cookie()).status()).isEqualTo(200);
        Reply other = browser.get("/api/enrollments", after.cookie());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.problemType()).isEqualTo("password-change-required");
    }

    @Test
    void anAdministratorCannotDemoteOrDeactivateThemselves() {
        String self = api.get("api/me", api.admin()).json().path("id").asString();

        Reply demote = api.put("api/admin/users/" + self + "/roles", api.admin(), "{\"roles\":[\"LEARNER\"]}");
        Reply deactivate = api.post("api/admin/users/" + self + "/deactivate", api.admin(), "");

        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.isProblem()).isTrue();
        assertThat(demote.problemType()).isEqualTo("own-admin-role");
        assertThat(demote.json().path("detail").asString()).isEqualTo(
                "Du kan inte ta bort din egen administratörsroll. Be en annan administratör göra det.");
        assertThat(deactivate.status()).isEqualTo(409);
        assertThat(deactivate.problemType()).isEqualTo("own-account");
        assertThat(api.get("api/me", api.admin()).json().path("roles").toString()).contains("ADMIN");
    }

    @Test
    void anImportWithBadRowsIsReportedRowByRowAndImportsNothing() {
        String a = unique("imp");
        String b = unique("imp");
        String unit = unique("Kommun");
        String csv = HEADER + a + ";Anna A;anna@kommun.se;" + unit + " > Ekonomi;deltagare\n"
                + "Åsa;Åsa;asa@kommun.se;;deltagare\n"
                + b + ";Bo B;bo.kommun.se;;chef\n";

        Reply preview = api.send("POST", "api/admin/users/import?dryRun=true", api.admin(), "text/csv; charset=utf-8", csv);
        Reply rejected = api.send("POST", "api/admin/users/import?dryRun=false", api.admin(), "text/csv", csv);

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode report = preview.json();
        assertThat(report.path("total").asInt()).isEqualTo(3);
        assertThat(report.path("errors").asInt()).isEqualTo(2);
        assertThat(report.path("rows").get(0).path("status").asString()).isEqualTo("ok");
        assertThat(report.path("rows").get(1).path("line").asInt()).isEqualTo(3);
        assertThat(report.path("rows").get(1).path("messages").get(0).asString()).startsWith("Användarnamnet \"Åsa\" är ogiltigt");
        assertThat(report.path("rows").get(2).path("messages")).hasSize(2);
        assertThat(report.path("newUnits").get(1).asString()).isEqualTo(unit + " › Ekonomi");
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.isProblem()).isTrue();
        assertThat(rejected.problemType()).isEqualTo("import-rejected");
        assertThat(rejected.json().path("detail").asString()).isEqualTo("Inget importerades: 2 rader har fel. Rätta filen och försök igen.");
        assertThat(rejected.json().path("report").path("rows")).hasSize(3);
        assertThat(rejected.json().path("violations").get(0).path("field").asString()).isEqualTo("rad 3");
        assertThat(api.get("api/admin/users?q=" + a, api.admin()).json()).isEmpty();
        assertThat(api.get("api/admin/org-units", api.admin()).body()).doesNotContain(unit);
    }

    @Test
    void aCorrectFileImportsEveryRowWithTemporaryPasswordsAndTheUnitsItNeeds() {
        String a = unique("imp");
        String b = unique("imp");
        String unit = unique("Kommun");
        String csv = "\uFEFFusername,name,email,org unit,role\r\n"
                + a + ",\"Svensson, Anna\",anna@kommun.se," + unit + " › Ekonomi,learner|trainer\r\n"
                + b + ",Bo B,,\"" + unit + " > Ekonomi > Lön\",\r\n";

        Reply imported = api.send("POST", "api/admin/users/import?dryRun=false", api.admin(), "text/csv", csv);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
        assertThat(imported.json().path("newUnits").valueStream().map(JsonNode::asString).toList())
                .containsExactly(unit, unit + " › Ekonomi", unit + " › Ekonomi › Lön");
        JsonNode first = imported.json().path("accounts").get(0);
        assertThat(first.path("username").asString()).isEqualTo(a);
        assertThat(first.path("line").asInt()).isEqualTo(2);
        String password = first.path("temporaryPassword").asString();
        assertThat(password).hasSize(16);

        JsonNode account = api.get("api/admin/users?q=" + a, api.admin()).json().get(0);
        assertThat(account.path("displayName").asString()).isEqualTo("Svensson, Anna");
        assertThat(account.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(account.path("roles").toString()).contains("LEARNER", "TRAINER");
        JsonNode units = api.get("api/admin/org-units", api.admin()).json();
        String ekonomi = units.valueStream().filter(u -> u.path("path").asString().equals(unit + " › Ekonomi"))
                .findFirst().orElseThrow().path("id").asString();
        assertThat(account.path("orgUnitId").asString()).isEqualTo(ekonomi);
        assertThat(api.get("api/me", new Credentials(a, password)).status()).isEqualTo(200);
        assertThat(api.send("POST", "api/admin/users/import?dryRun=false", api.admin(), "text/csv", csv).status())
                .as("the same file again: the accounts exist").isEqualTo(422);
    }

    @Test
    void organisationalUnitsFormATreeWithoutCyclesOrUnknownParents() {
        String name = unique("Myndighet");
        Reply top = api.post("api/admin/org-units", api.admin(), "{\"name\":\"" + name + "\"}");
        String topId = top.json().path("id").asString();
        Reply department = api.post("api/admin/org-units", api.admin(), "{\"name\":\"Avdelning\",\"parentId\":\"" + topId + "\"}");
        String departmentId = department.json().path("id").asString();

        Reply renamed = api.put("api/admin/org-units/" + departmentId, api.admin(),
                "{\"name\":\"Avdelningen\",\"parentId\":\"" + topId + "\"}");
        Reply cycle = api.put("api/admin/org-units/" + topId, api.admin(),
                "{\"name\":\"" + name + "\",\"parentId\":\"" + departmentId + "\"}");
        Reply unknownParent = api.post("api/admin/org-units", api.admin(), "{\"name\":\"X\",\"parentId\":\"finns-inte\"}");
        Reply twin = api.post("api/admin/org-units", api.admin(), "{\"name\":\"avdelningen\",\"parentId\":\"" + topId + "\"}");

        assertThat(top.status()).isEqualTo(201);
        assertThat(top.location()).endsWith("/api/admin/org-units/" + topId);
        assertThat(department.json().path("path").asString()).isEqualTo(name + " › Avdelning");
        assertThat(renamed.json().path("path").asString()).isEqualTo(name + " › Avdelningen");
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.problemType()).isEqualTo("org-unit-cycle");
        assertThat(unknownParent.status()).isEqualTo(422);
        assertThat(unknownParent.problemType()).isEqualTo("unknown-parent");
        assertThat(twin.status()).isEqualTo(409);
        JsonNode listed = api.get("api/admin/org-units", api.admin()).json().valueStream()
                .filter(u -> u.path("id").asString().equals(departmentId)).findFirst().orElseThrow();
        assertThat(listed.path("parentId").asString()).isEqualTo(topId);
    }

    @Test
    void theAuditLogNamesWhoDidWhatToWhomAndFromWhere() {
        Credentials learner = api.newLearner();
        String id = idOf(learner.username());
        api.put("api/admin/users/" + id + "/roles", api.admin(), "{\"roles\":[\"LEARNER\",\"TRAINER\"]}");
        api.put("api/admin/users/" + id, api.admin(), "{\"displayName\":\"Nytt Namn\",\"email\":\"nytt@kommun.se\"}");
        api.post("api/admin/users/" + id + "/deactivate", api.admin(), "");

        JsonNode entries = api.get("api/admin/audit?q=" + learner.username(), api.admin()).json();

        assertThat(entries.valueStream().map(e -> e.path("action").asString()).toList()).containsExactly(
                "account.deactivated", "account.details-changed", "account.roles-changed", "account.created");
        JsonNode deactivation = entries.get(0);
        assertThat(deactivation.path("actor").asString()).isEqualTo("admin");
        assertThat(deactivation.path("target").asString()).isEqualTo(learner.username());
        assertThat(deactivation.path("address").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(Instant.parse(deactivation.path("occurredAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(entries.get(2).path("detail").asString()).isEqualTo("deltagare → deltagare, utbildare");
        assertThat(entries.get(1).path("detail").asString()).isEqualTo("namn; e-post");
        String before = entries.get(1).path("occurredAt").asString();
        assertThat(api.get("api/admin/audit?q=" + learner.username() + "&before=" + before, api.admin()).json()
                .valueStream().map(e -> e.path("action").asString()).toList())
                .containsExactly("account.roles-changed", "account.created");
        assertThat(api.get("api/admin/audit?before=igar", api.admin()).status()).isEqualTo(400);
    }

    @Test
    void someoneWhoIsNotAnAdministratorGets403FromEveryAdminEndpoint() {
        Credentials learner = api.newLearner();
        String id = idOf(learner.username());
        String[][] calls = {
                {"GET", "api/admin/users", null}, {"GET", "api/admin/users/" + id, null},
                {"POST", "api/admin/users", "{\"username\":\"inkraktare\",\"roles\":[\"ADMIN\"]}"},
                {"PUT", "api/admin/users/" + id, "{\"displayName\":\"X\"}"},
                {"PUT", "api/admin/users/" + id + "/roles", "{\"roles\":[\"ADMIN\"]}"},
                {"POST", "api/admin/users/" + id + "/deactivate", ""}, {"POST", "api/admin/users/" + id + "/reactivate", ""},
                {"POST", "api/admin/users/" + id + "/temporary-password", ""},
                {"GET", "api/admin/org-units", null}, {"POST", "api/admin/org-units", "{\"name\":\"X\"}"},
                {"PUT", "api/admin/org-units/x", "{\"name\":\"X\"}"}, {"GET", "api/admin/audit", null}};
        for (String[] call : calls) {
            Reply reply = api.send(call[0], call[1], learner, call[2] == null ? null : "application/json", call[2]);
            assertThat(reply.status()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(reply.problemType()).isEqualTo("forbidden");
        }
        Reply csv = api.send("POST", "api/admin/users/import?dryRun=true", learner, "text/csv", HEADER + "x1x;X;;;\n");
        assertThat(csv.status()).isEqualTo(403);
        assertThat(api.get("api/admin/users/" + id, api.admin()).json().path("roles").toString()).doesNotContain("ADMIN");
    }
}
