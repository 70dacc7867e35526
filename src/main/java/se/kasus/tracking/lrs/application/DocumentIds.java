package se.kasus.tracking.lrs.application;

import java.time.Instant;
import java.util.List;

/**
 * The ids of the documents of a scope, for a multiple-document GET.
 *
 * @param lastModified when the most recently changed of them changed; null when there are none
 */
public record DocumentIds(List<String> ids, Instant lastModified) {
}
