package se.kasus.it.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kasus.it.Deployments;
import se.kasus.it.KasusApi;
import se.kasus.it.KasusApi.Credentials;

/** The cmi5 package for an LMS: trainers and admins download it, the structure is public at its stable URL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Cmi5PackageIT {

    private static final int PORT = Integer.getInteger("kasus.test.http.port", 9081);
    private static final URI BASE = URI.create("http://localhost:" + PORT + "/");
    private static final String PACKAGE = "api/cmi5/courses/" + KasusApi.COURSE + "/package";
    private static final String STRUCTURE = "cmi5/courses/" + KasusApi.COURSE + "/cmi5.xml";

    private final KasusApi api = KasusApi.testServer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.kasus();
    }

    @Test
    void anAdminDownloadsAZipWithCmi5XmlAtItsRootThatTheSchemaAccepts() throws Exception {
        HttpResponse<byte[]> reply = get(PACKAGE, api.admin());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(reply.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"kasus-cmi5-" + KasusApi.COURSE + "-v");
        List<String> names = new ArrayList<>();
        String xml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(reply.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("cmi5.xml")) {
                    xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).containsExactly("cmi5.xml");
        validate(xml);
        assertThat(xml).contains("<course id=\"http://localhost:" + PORT + "/cmi5/courses/" + KasusApi.COURSE + "\"")
                .contains("<url>http://localhost:" + PORT + "/cmi5/launch/" + KasusApi.COURSE + "/M1/case/case-01</url>")
                .contains("moveOn=\"Passed\" masteryScore=\"0.7\" launchMethod=\"AnyWindow\"");

        HttpResponse<byte[]> structure = get(STRUCTURE, null);
        assertThat(structure.statusCode()).isEqualTo(200);
        assertThat(structure.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(new String(structure.body(), StandardCharsets.UTF_8)).isEqualTo(xml);
    }

    @Test
    void aLearnerMayNotDownloadThePackageAndAVisitorMustLogIn() {
        Credentials learner = api.newLearner();

        assertThat(get(PACKAGE, learner).statusCode()).isEqualTo(403);
        assertThat(get(PACKAGE, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownCourseIs404ProblemJson() {
        HttpResponse<byte[]> reply = get("api/cmi5/courses/no-such-course/package", api.admin());
        HttpResponse<byte[]> structure = get("cmi5/courses/no-such-course/cmi5.xml", null);

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(structure.statusCode()).isEqualTo(404);
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new StreamSource(Cmi5PackageIT.class.getResource("/cmi5/CourseStructure.xsd").toExternalForm()))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private HttpResponse<byte[]> get(String path, Credentials who) {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "*/*").GET();
        if (who != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
