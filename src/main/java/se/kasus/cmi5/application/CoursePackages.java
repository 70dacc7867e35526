package se.kasus.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.cmi5.domain.Cmi5Ids;
import se.kasus.content.application.CourseVersions;
import se.kasus.content.application.PublishedCourse;
import se.kasus.shared.domain.NotFoundException;

/**
 * The cmi5 course structure and course package of the latest published version of a course. Ids hold no
 * version, so a new version gives a package whose ids are the same where the modules and cases are.
 */
@ApplicationScoped
public class CoursePackages {

    /** The name of the course structure file at the root of a package (cmi5 section 14). */
    public static final String STRUCTURE_FILE = "cmi5.xml";

    @Inject
    CourseVersions versions;

    @Inject
    @ConfigProperty(name = "kasus.public.base.url", defaultValue = "http://localhost:9080/")
    String baseUrl;

    /** The course structure document of a course's latest published version. */
    public String structure(String courseId) {
        return writer().write(latest(courseId).course());
    }

    /** A zip with cmi5.xml at its root: the package an LMS imports. */
    public Package zip(String courseId) {
        PublishedCourse published = latest(courseId);
        byte[] xml = writer().write(published.course()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            ZipEntry entry = new ZipEntry(STRUCTURE_FILE);
            entry.setTime(published.importedAt().toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(xml);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = "kasus-cmi5-" + courseId.replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + published.versionNumber()
                + ".zip";
        return new Package(fileName, bytes.toByteArray());
    }

    private PublishedCourse latest(String courseId) {
        return versions.latest(courseId).orElseThrow(() -> new NotFoundException("course", courseId));
    }

    private CourseStructureWriter writer() {
        return new CourseStructureWriter(new Cmi5Ids(URI.create(baseUrl.strip())));
    }

    /** A package file: its suggested name and its bytes. */
    public record Package(String fileName, byte[] bytes) {
    }
}
