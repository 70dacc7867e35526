package se.kasus.tracking.lrs.application;

import java.time.Instant;

/** A stored document as the document resources return it. */
public record DocumentView(byte[] content, String contentType, String etag, Instant updated) {
}
