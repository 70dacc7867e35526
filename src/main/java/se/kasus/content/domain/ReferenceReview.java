package se.kasus.content.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which legal references of a course are due for review, and where each is used. A reference is due when it was
 * never reviewed ({@code lastReviewed} null), when its review is older than the allowed age, or when its status
 * says it still has to be checked (check, and unverified, which is weaker still). The same reference (same id,
 * citation, status and review date) in several cases is one entry with every place it is used.
 */
public final class ReferenceReview {

    /** Why a reference is due. */
    public enum Reason {
        NEVER_REVIEWED, REVIEW_TOO_OLD, MARKED_CHECK, MARKED_UNVERIFIED
    }

    /** One place a reference is used: on the case (its list of references) or by an option of a decision point. */
    public record Usage(String caseId, String caseTitle, String stepId, String optionId) {
    }

    /** A reference due for review in a course version. */
    public record DueReference(String courseId, String referenceId, String citation, LegalStatus status,
                               LocalDate lastReviewed, Set<Reason> reasons, List<Usage> usages) {
    }

    private ReferenceReview() {
    }

    /** The references of {@code course} due on {@code today} when a review may be at most {@code maxAgeDays} old. */
    public static List<DueReference> due(Course course, LocalDate today, int maxAgeDays) {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("the maximum age of a review cannot be negative: " + maxAgeDays);
        }
        LocalDate oldestAllowed = today.minusDays(maxAgeDays);
        Map<List<Object>, DueReference> due = new LinkedHashMap<>();
        for (CaseDefinition c : course.cases()) {
            for (LegalReference reference : c.legalReferences()) {
                Set<Reason> reasons = reasons(reference, oldestAllowed);
                if (reasons.isEmpty()) {
                    continue;
                }
                List<Object> key = new ArrayList<>();
                key.add(reference.id());
                key.add(reference.citation());
                key.add(reference.status());
                key.add(Objects.toString(reference.lastReviewed()));
                DueReference entry = due.computeIfAbsent(key, k -> new DueReference(course.id(), reference.id(),
                        reference.citation(), reference.status(), reference.lastReviewed(), reasons, new ArrayList<>()));
                entry.usages().addAll(usages(c, reference.id()));
            }
        }
        return due.values().stream().map(d -> new DueReference(d.courseId(), d.referenceId(), d.citation(), d.status(),
                d.lastReviewed(), Set.copyOf(d.reasons()), List.copyOf(d.usages()))).toList();
    }

    static Set<Reason> reasons(LegalReference reference, LocalDate oldestAllowed) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (reference.lastReviewed() == null) {
            reasons.add(Reason.NEVER_REVIEWED);
        } else if (reference.lastReviewed().isBefore(oldestAllowed)) {
            reasons.add(Reason.REVIEW_TOO_OLD);
        }
        if (reference.status() == LegalStatus.CHECK) {
            reasons.add(Reason.MARKED_CHECK);
        } else if (reference.status() == LegalStatus.UNVERIFIED) {
            reasons.add(Reason.MARKED_UNVERIFIED);
        }
        return reasons;
    }

    /** The case's own list first, then every option that relies on the reference. */
    private static List<Usage> usages(CaseDefinition c, String referenceId) {
        List<Usage> usages = new ArrayList<>();
        usages.add(new Usage(c.id(), c.title(), null, null));
        for (DecisionPoint point : c.steps()) {
            for (CaseOption option : point.options()) {
                if (option.legalReferences().contains(referenceId)) {
                    usages.add(new Usage(c.id(), c.title(), point.id(), option.id()));
                }
            }
        }
        return usages;
    }
}
