package se.kasus.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import se.kasus.content.domain.Course;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.shared.domain.NotFoundException;

/** Export of a published course as a zip, and import of such a zip through the folder import's checks; both audited. */
@ApplicationScoped
public class CourseTransfers {

    public static final String EXPORTED = "COURSE_EXPORTED";
    public static final String IMPORTED = "COURSE_IMPORTED";

    @Inject
    CourseVersions versions;

    @Inject
    CourseArchives archives;

    @Inject
    ContentImporter importer;

    @Inject
    AuditTrail auditTrail;

    /** The latest version of the course, or the given stored version of it, as a zip. */
    @Transactional
    public ExportedCourse export(String courseId, Long versionId) {
        PublishedCourse published = (versionId == null ? versions.latest(courseId) : versions.version(versionId))
                .filter(p -> p.course().id().equals(courseId))
                .orElseThrow(() -> new NotFoundException("kurs", versionId == null ? courseId : courseId + " version " + versionId));
        Course course = published.course();
        byte[] zip = archives.write(course);
        auditTrail.record(EXPORTED, course.id(), "Version " + published.versionNumber() + " exporterad som zip");
        return new ExportedCourse(course.id() + "-v" + published.versionNumber() + ".zip", published.versionNumber(), zip);
    }

    /** Reads, checks and stores the course in the zip; refused with every problem when the files break a rule. */
    @Transactional
    public ContentImporter.ImportReport.Imported importZip(InputStream zip) {
        LoadedCourse loaded = archives.read(zip);
        ContentImporter.ImportReport.Imported imported = importer.importOne(loaded);
        auditTrail.record(IMPORTED, imported.courseId(), imported.created()
                ? "Zip importerad som version " + imported.versionNumber()
                : "Zip importerad: samma innehåll som version " + imported.versionNumber() + ", ingen ny version");
        return imported;
    }

    public record ExportedCourse(String fileName, int versionNumber, byte[] zip) {
    }
}
