package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.kasus.shared.domain.ConflictException;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentKind;
import se.kasus.tracking.lrs.domain.LrsDocument;
import se.kasus.tracking.lrs.domain.LrsDocumentRepository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The State, Activity Profile and Agent Profile resources (xAPI 1.0.3 Communication 2.3–2.5):
 * opaque documents with ETag concurrency, and JSON merging on POST.
 */
@ApplicationScoped
@Transactional
public class LrsDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject
    LrsDocumentRepository documents;

    @Inject
    Clock clock;

    public Optional<DocumentView> get(DocumentAddress address) {
        return documents.find(address).map(DocumentView::of);
    }

    /** The ids of the documents in the address's scope, updated after {@code since} when given. */
    public List<String> ids(DocumentAddress scope, Instant since) {
        return documents.inScope(scope, since).stream().map(LrsDocument::documentId).toList();
    }

    /**
     * Stores the document, replacing what was there. For the profile resources, replacing a
     * document without If-Match or If-None-Match is a conflict (Communication 3.1).
     */
    public DocumentView put(DocumentAddress address, String contentType, byte[] content, Precondition precondition) {
        Optional<LrsDocument> current = documents.find(address);
        if (current.isPresent() && precondition.isEmpty() && address.kind() != DocumentKind.STATE) {
            throw new ConflictException("precondition-required", "The document exists: check its current state "
                    + "and send If-Match with its ETag (or If-None-Match: * to create only).");
        }
        precondition.check(current);
        return DocumentView.of(store(address, current, contentType, content));
    }

    /** Merges a JSON object into the stored JSON object, or stores it when there is none. */
    public DocumentView post(DocumentAddress address, String contentType, byte[] content, Precondition precondition) {
        Optional<LrsDocument> current = documents.find(address);
        precondition.check(current);
        ObjectNode posted = jsonObject(contentType, content, "The posted document");
        if (current.isEmpty()) {
            return DocumentView.of(store(address, current, contentType, content));
        }
        ObjectNode merged = jsonObject(current.get().contentType(), current.get().content(), "The stored document");
        merged.setAll(posted);
        return DocumentView.of(store(address, current, "application/json",
                JSON.writeValueAsString(merged).getBytes(StandardCharsets.UTF_8)));
    }

    public void delete(DocumentAddress address, Precondition precondition) {
        Optional<LrsDocument> current = documents.find(address);
        precondition.check(current);
        current.ifPresent(documents::remove);
    }

    /** Deletes every document of the scope (all states of one activity, agent and registration). */
    public void deleteAll(DocumentAddress scope) {
        documents.inScope(scope, null).forEach(documents::remove);
    }

    private LrsDocument store(DocumentAddress address, Optional<LrsDocument> current, String contentType, byte[] content) {
        if (current.isPresent()) {
            current.get().replace(contentType, content, clock.instant());
            return current.get();
        }
        LrsDocument created = new LrsDocument(address, contentType, content, clock.instant());
        documents.add(created);
        return created;
    }

    private static ObjectNode jsonObject(String contentType, byte[] content, String what) {
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new InvalidInputException("document-not-json",
                    what + " must have Content-Type application/json to be merged (Communication 2.3.s3).");
        }
        try {
            JsonNode node = JSON.readTree(content);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            // reported below
        }
        throw new InvalidInputException("document-not-json", what + " is not a JSON object, so it cannot be merged.");
    }
}
