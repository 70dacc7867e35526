package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentRepository;
import se.kasus.tracking.lrs.domain.LrsDocument;
import se.kasus.tracking.lrs.domain.Preconditions;
import se.kasus.tracking.lrs.domain.StoredTime;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change of one document, in one transaction. The document's row is locked before its ETag is checked, so
 * concurrent changes of the same document take turns: each checks If-Match against what the one before it stored,
 * and a JSON merge never loses another merge. Two requests that both create the document meet at its unique key;
 * {@link LrsDocuments} runs the loser again, which then finds and changes the winner's document.
 */
@ApplicationScoped
@Transactional
public class DocumentChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject
    DocumentRepository repository;

    @Inject
    Clock clock;

    /**
     * @param replaceRule the rule that asks a condition of a PUT replacing the document, cited in the 409; null when
     *                    a replacing PUT needs none
     */
    public void put(DocumentAddress address, byte[] content, String contentType, Preconditions preconditions,
                    String replaceRule) {
        Optional<LrsDocument> existing = repository.findForChange(address);
        String etag = existing.map(LrsDocument::etag).orElse(null);
        preconditions.check(etag);
        if (replaceRule != null) {
            preconditions.requireForExisting(etag, replaceRule);
        }
        Instant now = now();
        if (existing.isPresent()) {
            existing.get().replace(content, contentType, now);
        } else {
            add(new LrsDocument(address, content, contentType, now));
        }
    }

    public void post(DocumentAddress address, byte[] content, String contentType, Preconditions preconditions) {
        Optional<LrsDocument> existing = repository.findForChange(address);
        preconditions.check(existing.map(LrsDocument::etag).orElse(null));
        Instant now = now();
        if (existing.isEmpty()) {
            if (isJson(contentType)) {
                object(content, "The posted document");
            }
            add(new LrsDocument(address, content, contentType, now));
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
        Optional<LrsDocument> existing = repository.findForChange(address);
        preconditions.check(existing.map(LrsDocument::etag).orElse(null));
        existing.ifPresent(repository::remove);
    }

    public void deleteAll(DocumentAddress scope) {
        repository.findAll(scope, scope.registration() == null, null).forEach(repository::remove);
    }

    /** Inserted now, so that a concurrent insert of the same document fails here, inside the retried change. */
    private void add(LrsDocument document) {
        repository.add(document);
        repository.flush();
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
}
