package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentKind;
import se.kasus.tracking.lrs.domain.DocumentRepository;
import se.kasus.tracking.lrs.domain.LrsDocument;
import se.kasus.tracking.lrs.domain.Preconditions;
import se.kasus.tracking.lrs.domain.StoredTime;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * State, Activity Profile and Agent Profile documents (xAPI 1.0.3 Communication 2.2–2.7): stored, replaced, merged
 * (POST of JSON objects) and deleted under the concurrency rules of section 3.1.
 */
@ApplicationScoped
@Transactional
public class LrsDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject
    DocumentRepository repository;

    @Inject
    Clock clock;

    public Optional<DocumentView> get(DocumentAddress address) {
        return repository.find(address).map(LrsDocuments::view);
    }

    /** The ids in the scope (for State, of one registration or, without one, of all), changed after since. */
    public DocumentIds ids(DocumentAddress scope, Instant since) {
        List<LrsDocument> documents = repository.findAll(scope, anyRegistration(scope), since);
        Instant last = documents.stream().map(LrsDocument::updated).max(Instant::compareTo).orElse(null);
        return new DocumentIds(documents.stream().map(LrsDocument::documentId).toList(), last);
    }

    /** PUT: stores the document, replacing one that exists. */
    public void put(DocumentAddress address, byte[] content, String contentType, Preconditions preconditions) {
        Optional<LrsDocument> existing = repository.find(address);
        String etag = existing.map(LrsDocument::etag).orElse(null);
        preconditions.check(etag);
        if (address.kind() != DocumentKind.STATE) {
            preconditions.requireForExisting(etag);
        }
        Instant now = now();
        existing.ifPresentOrElse(d -> d.replace(content, contentType, now),
                () -> repository.add(new LrsDocument(address, content, contentType, now)));
    }

    /**
     * POST: stores a new document, or merges a JSON object into an existing JSON object document, property by
     * property at the top level (Communication 2.2.s7).
     */
    public void post(DocumentAddress address, byte[] content, String contentType, Preconditions preconditions) {
        Optional<LrsDocument> existing = repository.find(address);
        preconditions.check(existing.map(LrsDocument::etag).orElse(null));
        Instant now = now();
        if (existing.isEmpty()) {
            if (isJson(contentType)) {
                object(content, "The posted document");
            }
            repository.add(new LrsDocument(address, content, contentType, now));
            return;
        }
        LrsDocument document = existing.get();
        if (!isJson(contentType) || !isJson(document.contentType())) {
            throw new InvalidInputException("document-not-json", "Only JSON documents can be merged by POST: both the "
                    + "stored and the posted document must have the Content-Type application/json (Communication 2.2.s8.b1).");
        }
        ObjectNode merged = object(document.content(), "The stored document");
        object(content, "The posted document").properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        document.replace(merged.toString().getBytes(StandardCharsets.UTF_8), document.contentType(), now);
    }

    public void delete(DocumentAddress address, Preconditions preconditions) {
        Optional<LrsDocument> existing = repository.find(address);
        preconditions.check(existing.map(LrsDocument::etag).orElse(null));
        existing.ifPresent(repository::remove);
    }

    /** Deletes every document of the scope (for State, of one registration or, without one, of all). */
    public void deleteAll(DocumentAddress scope) {
        repository.findAll(scope, anyRegistration(scope), null).forEach(repository::remove);
    }

    private static boolean anyRegistration(DocumentAddress scope) {
        return scope.registration() == null;
    }

    private Instant now() {
        return StoredTime.truncate(clock.instant());
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT)
                .equals("application/json");
    }

    private static ObjectNode object(byte[] content, String what) {
        try {
            JsonNode node = JSON.readTree(content);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // reported below
        }
        throw new InvalidInputException("document-not-json", what + " is not a JSON object (Communication 2.2.s8.b1).");
    }

    private static DocumentView view(LrsDocument d) {
        return new DocumentView(d.content(), d.contentType(), d.etag(), d.updated());
    }
}
