package se.kasus.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.content.domain.ReferenceReview;
import se.kasus.content.domain.ReferenceReview.DueReference;

/**
 * The legal references due for review across all cases of the latest published version of every course
 * (kasus.authoring.review.max.age.days: how old a review may be).
 */
@ApplicationScoped
public class ReferencesDue {

    @Inject
    CourseVersions versions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kasus.authoring.review.max.age.days", defaultValue = "365")
    int maxAgeDays;

    public record DueList(LocalDate today, int maxAgeDays, List<CourseDue> courses) {
    }

    public record CourseDue(String courseId, String courseTitle, int version, List<DueReference> references) {
    }

    public DueList list() {
        LocalDate today = LocalDate.now(clock);
        List<CourseDue> courses = versions.allLatest().stream()
                .sorted(Comparator.comparing(p -> p.course().id()))
                .map(p -> new CourseDue(p.course().id(), p.course().info().title(), p.versionNumber(),
                        ReferenceReview.due(p.course(), today, maxAgeDays)))
                .toList();
        return new DueList(today, maxAgeDays, courses);
    }
}
