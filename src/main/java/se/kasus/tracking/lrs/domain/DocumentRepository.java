package se.kasus.tracking.lrs.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface DocumentRepository {

    Optional<LrsDocument> find(DocumentAddress address);

    /**
     * The document, locked against every other change until this transaction ends; empty when there is none (then a
     * concurrent creator meets this one at the unique key).
     */
    Optional<LrsDocument> findForChange(DocumentAddress address);

    /** The documents of a scope, of one registration when it is given, updated after {@code since} when given. */
    List<LrsDocument> findAll(DocumentAddress scope, boolean anyRegistration, Instant since);

    void add(LrsDocument document);

    void remove(LrsDocument document);

    /** Writes pending changes now, so that a conflict with a concurrent change surfaces inside the use case. */
    void flush();
}
