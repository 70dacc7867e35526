package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import se.kasus.content.application.ContentImporter;
import se.kasus.content.application.CourseVersions;

/** Ready once the course content has been imported and at least one course can be played. */
@Readiness
@ApplicationScoped
public class ContentReadinessCheck implements HealthCheck {

    @Inject
    ContentImporter importer;

    @Inject
    CourseVersions versions;

    @Override
    public HealthCheckResponse call() {
        boolean imported = importer.hasImported();
        int courses = imported ? versions.allLatest().size() : 0;
        return HealthCheckResponse.named("course-content")
                .status(imported && courses > 0)
                .withData("imported", imported)
                .withData("courses", courses)
                .build();
    }
}
