package se.kasus.content.domain;

import java.time.LocalDate;

/** A statute, case or guidance document, with its verification status and last review date (null = not yet reviewed). */
public record LegalReference(String id, String citation, LegalStatus status, LocalDate lastReviewed, String note) {
}
