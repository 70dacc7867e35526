package se.kasus.tracking.lrs.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface LrsDocumentRepository {

    Optional<LrsDocument> find(DocumentAddress address);

    /** The documents of the address's scope, updated after {@code since} when given. */
    List<LrsDocument> inScope(DocumentAddress address, Instant since);

    void add(LrsDocument document);

    void remove(LrsDocument document);
}
