package se.kasus.it.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export of a published course as a zip and import of such a zip, through the authoring API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseFilesIT {

    private static final String EXPORT = "api/authoring/courses/" + KasusApi.COURSE + "/export";
    private static final String IMPORTS = "api/authoring/imports";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KasusApi api = KasusApi.testServer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void exportingTheShippedCourseAndImportingItGivesTheSameContentHashSoNoNewVersion() throws Exception {
        Credentials trainer = trainer();
        int latest = latestVersion();

        HttpResponse<byte[]> export = send("GET", EXPORT, trainer, null, null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"" + KasusApi.COURSE + "-v" + latest + ".zip\"");
        Map<String, String> files = unzip(export.body());
        assertThat(files).hasSize(1 + 1 + 6 + 10 + 6 + 1).containsKeys(KasusApi.COURSE + "/course.yaml", KasusApi.COURSE + "/glossary.yaml",
                KasusApi.COURSE + "/cases/case-01.yaml", KasusApi.COURSE + "/quizzes/quiz-m6.yaml");
        assertThat(files.get(KasusApi.COURSE + "/cases/case-01.yaml")).contains("id: case-01", "title: Den arga sökanden");

        HttpResponse<byte[]> imported = send("POST", IMPORTS, trainer, "application/zip", export.body());

        assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        JsonNode result = JSON.readTree(imported.body());
        assertThat(result.path("courseId").asString()).isEqualTo(KasusApi.COURSE);
        assertThat(result.path("versionNumber").asInt()).isEqualTo(latest);
        assertThat(result.path("created").asBoolean()).as("same content hash, so the stored version is found").isFalse();
        assertThat(latestVersion()).isEqualTo(latest);

        JsonNode log = api.get("api/admin/audit?q=" + trainer.username(), api.admin()).json();
        assertThat(log.toString()).contains("COURSE_EXPORTED", "COURSE_IMPORTED", trainer.username());
    }

    @Test
    void aZipWhoseFilesBreakAContentRuleIsRefusedWithEveryProblem() throws Exception {
        Credentials trainer = trainer();
        int latest = latestVersion();
        Map<String, String> files = unzip(send("GET", EXPORT, trainer, null, null).body());
        String case01 = KasusApi.COURSE + "/cases/case-01.yaml";
        files.put(case01, files.get(case01).replaceFirst("next: dp2", "next: dp9"));
        files.remove(KasusApi.COURSE + "/principles.yaml");

        HttpResponse<byte[]> reply = send("POST", IMPORTS, trainer, "application/zip", zip(files));

        assertThat(reply.statusCode()).isEqualTo(422);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("type").asString()).endsWith("content-import-rejected");
        assertThat(problem.toString()).contains("principles.yaml", "file-exists");
        assertThat(latestVersionOf(trainer)).isEqualTo(latest);
    }

    @Test
    void aZipWithAPathOutsideTheFolderIsRefusedBeforeAnythingIsRead() throws Exception {
        byte[] zip = zip(Map.of("../../course.yaml", "id: x\n"));

        HttpResponse<byte[]> reply = send("POST", IMPORTS, trainer(), "application/zip", zip);

        assertThat(reply.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.toString()).contains("zip-unsafe-path");
    }

    @Test
    void learnersAndAnonymousCallersCannotExportOrImport() throws Exception {
        Credentials learner = api.newLearner();
        byte[] zip = zip(Map.of("c/course.yaml", "id: x\n"));

        assertThat(send("GET", EXPORT, learner, null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", IMPORTS, learner, "application/zip", zip).statusCode()).isEqualTo(403);
        assertThat(send("GET", EXPORT, null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", IMPORTS, null, "application/zip", zip).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownCourseIsNotFound() throws Exception {
        HttpResponse<byte[]> reply = send("GET", "api/authoring/courses/finns-inte/export", trainer(), null, null);

        assertThat(reply.statusCode()).isEqualTo(404);
    }

    private int latestVersion() {
        return latestVersionOf(api.admin());
    }

    private int latestVersionOf(Credentials who) {
        JsonNode course = api.get("api/courses/" + KasusApi.COURSE, who).json();
        return course.path("version").asInt();
    }

    private Credentials trainer() {
        String username = "trainer-" + UUID.randomUUID().toString().substring(0, 8);
        Credentials trainer = new Credentials(username, "tränarens-lösenord-" + UUID.randomUUID());
        KasusApi.Reply created = api.post("api/admin/users", api.admin(), "{\"username\":\"" + username
                + "\",\"password\":\"" + trainer.password() + "\",\"displayName\":\"Tina Tränare\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(api.put("api/admin/users/" + id + "/roles", api.admin(), "{\"roles\":[\"TRAINER\",\"LEARNER\"]}")
                .status()).isEqualTo(200);
        return trainer;
    }

    private HttpResponse<byte[]> send(String method, String path, Credentials who, String contentType, byte[] body)
            throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + Integer.getInteger("kasus.test.http.port", 9081) + "/" + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/zip, application/json, application/problem+json");
        if (who != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
