package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kasus.platform.persistence.RetryOnConflict;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentRepository;
import se.kasus.tracking.lrs.domain.LrsDocument;
import se.kasus.tracking.lrs.domain.Preconditions;

/**
 * State, Activity Profile and Agent Profile documents (xAPI 1.0.3 Communication 2.2–2.7): stored, replaced, merged
 * (POST of JSON objects) and deleted under the concurrency rules of section 3.1. Each change runs in a transaction
 * of its own ({@link DocumentChanges}); one that lost a race with a concurrent change of the same document (both
 * created it, or a deadlock or lock timeout) runs again and then sees the winner's document.
 */
@ApplicationScoped
@Transactional
public class LrsDocuments {

    @Inject
    DocumentRepository repository;

    @Inject
    DocumentChanges changes;

    public Optional<DocumentView> get(DocumentAddress address) {
        return repository.find(address).map(LrsDocuments::view);
    }

    /** The ids in the scope (for State, of one registration or, without one, of all), changed after since. */
    public DocumentIds ids(DocumentAddress scope, Instant since) {
        List<LrsDocument> documents = repository.findAll(scope, anyRegistration(scope), since);
        Instant last = documents.stream().map(LrsDocument::updated).max(Instant::compareTo).orElse(null);
        return new DocumentIds(documents.stream().map(LrsDocument::documentId).toList(), last);
    }

    /**
     * PUT: stores the document, replacing one that exists.
     *
     * @param replaceRule the rule of the request's xAPI version that asks If-Match or If-None-Match of a PUT over an
     *                    existing document (409 without), null when replacing needs no condition
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public void put(DocumentAddress address, byte[] content, String contentType, Preconditions preconditions,
                    String replaceRule) {
        RetryOnConflict.run(() -> {
            changes.put(address, content, contentType, preconditions, replaceRule);
            return null;
        });
    }

    /**
     * POST: stores a new document, or merges a JSON object into an existing JSON object document, property by
     * property at the top level (Communication 2.2.s7).
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public void post(DocumentAddress address, byte[] content, String contentType, Preconditions preconditions) {
        RetryOnConflict.run(() -> {
            changes.post(address, content, contentType, preconditions);
            return null;
        });
    }

    @Transactional(TxType.NOT_SUPPORTED)
    public void delete(DocumentAddress address, Preconditions preconditions) {
        RetryOnConflict.run(() -> {
            changes.delete(address, preconditions);
            return null;
        });
    }

    /** Deletes every document of the scope (for State, of one registration or, without one, of all). */
    @Transactional(TxType.NOT_SUPPORTED)
    public void deleteAll(DocumentAddress scope) {
        RetryOnConflict.run(() -> {
            changes.deleteAll(scope);
            return null;
        });
    }

    private static boolean anyRegistration(DocumentAddress scope) {
        return scope.registration() == null;
    }

    private static DocumentView view(LrsDocument d) {
        return new DocumentView(d.content(), d.contentType(), d.etag(), d.updated());
    }
}
