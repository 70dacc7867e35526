package se.kasus.tracking.lrs.application;

import java.time.Instant;
import se.kasus.tracking.lrs.domain.LrsDocument;

/** A stored document as the API returns it. */
public record DocumentView(String documentId, String contentType, byte[] content, String etag, Instant updated) {

    static DocumentView of(LrsDocument document) {
        return new DocumentView(document.documentId(), document.contentType(), document.content(), document.etag(),
                document.updated());
    }
}
