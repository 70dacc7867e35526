package se.kasus.tracking.lrs.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kasus.shared.domain.InvalidInputException.Violation;
import se.kasus.tracking.lrs.domain.ActorKey;
import se.kasus.tracking.lrs.domain.AttachmentRepository;
import se.kasus.tracking.lrs.domain.IndexKey;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.tracking.lrs.domain.StatementConflictException;
import se.kasus.tracking.lrs.domain.StatementEquivalence;
import se.kasus.tracking.lrs.domain.StatementRepository;
import se.kasus.tracking.lrs.domain.StatementStamp;
import se.kasus.tracking.lrs.domain.StatementTerms;
import se.kasus.tracking.lrs.domain.StoredAttachment;
import se.kasus.tracking.lrs.domain.StoredStatement;
import se.kasus.tracking.lrs.domain.StoredTime;
import se.kasus.tracking.lrs.domain.Term;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.ContextActivities;
import se.kasus.xapi.model.SubStatement;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.validation.XapiValidator;
import se.kasus.xapi.validation.XapiViolation;

/**
 * Stores statements in the embedded LRS. Joins the caller's transaction, so that tracking code can store the
 * statements of a learning event in the same transaction as the event; the LRS resources call it on their own.
 * Everything that can reject a batch is checked before anything is written, so a rejected batch leaves no trace and
 * the rejection does not doom the caller's transaction.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {InvalidStatementException.class, StatementConflictException.class})
public class LrsStatements {

    /** The version a statement gets when it has none and the request did not say otherwise (Data 2.4.10). */
    public static final String DEFAULT_VERSION = "1.0.0";

    private static final Logger LOG = Logger.getLogger(LrsStatements.class.getName());

    @Inject
    StatementRepository repository;

    @Inject
    AttachmentRepository attachmentRepository;

    @Inject
    LrsActivities activities;

    @Inject
    Clock clock;

    @Inject
    ValidatorFactory validatorFactory;

    private XapiValidator validator;

    @PostConstruct
    void init() {
        validator = new XapiValidator(validatorFactory);
    }

    /**
     * Validates and stores one statement, and returns it as stored: with its id, stored, timestamp, authority and
     * version. A statement whose id is already stored with the same content is not stored again; the stored one is
     * returned.
     *
     * @param authority who vouches for the statement; it replaces the statement's own authority (Data 2.4.9);
     *                  null keeps the statement's
     * @throws InvalidStatementException the statement breaks a rule of xAPI, or voids a voiding statement
     * @throws StatementConflictException another statement with this id is stored
     */
    public Statement store(Statement statement, Actor authority) {
        return store(StoreCommand.of(List.of(statement), authority)).get(0);
    }

    /** Stores a batch, all or nothing, and returns the statements' ids in the order given. */
    public List<String> storeAll(List<Statement> statements, Actor authority) {
        return store(StoreCommand.of(statements, authority)).stream().map(Statement::id).toList();
    }

    /**
     * Stores a batch, all or nothing, and returns the statements as stored, in the order given: with their ids,
     * stored, timestamp, authority and version. A statement whose id is already stored with the same content is not
     * stored again; the stored one is returned.
     *
     * @throws InvalidStatementException a statement breaks a rule of xAPI, or voids a voiding statement
     * @throws StatementConflictException another statement with one of the ids is stored
     */
    public List<Statement> store(StoreCommand command) {
        if (!command.validated()) {
            validate(command.statements());
        }
        return storeValid(command.statements(), command.attachments(), command.authority(), command.defaultVersion());
    }

    private List<Statement> storeValid(List<Statement> statements, List<AttachmentData> attachments, Actor authority,
                                       String defaultVersion) {
        if (statements.isEmpty()) {
            return List.of();
        }
        List<Statement> identified = statements.stream().map(LrsStatements::withId).toList();
        rejectDuplicateIds(identified);
        // Ids made here (random UUIDs) can be neither stored already nor referred to by an earlier statement: they
        // skip both look-ups, which are index searches in the largest tables (Kasus's own statements come this way)
        Set<String> madeHere = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).id() == null) {
                madeHere.add(identified.get(i).id());
            }
        }

        Map<String, AttachmentData> data = new HashMap<>();
        attachments.forEach(a -> data.put(a.sha2().toLowerCase(Locale.ROOT), a));
        identified.forEach(s -> StatementSignatures.check(s, data));
        Map<String, Statement> alreadyStored = alreadyStored(identified.stream()
                .filter(st -> !madeHere.contains(st.id())).toList());
        List<Statement> toStore = identified.stream().filter(s -> !alreadyStored.containsKey(s.id())).toList();
        StatementVoiding voiding = new StatementVoiding(repository);
        Map<String, StoredStatement> voidingTargets = voiding.check(toStore);

        storeAttachments(attachments);
        defineActivities(toStore);
        StatementStamp stamp = repository.stamp(toStore.size(), () -> StoredTime.truncate(clock.instant()));
        Instant stored = stamp.stored();
        Map<String, Statement> result = new HashMap<>(alreadyStored);
        Map<String, StoredStatement> added = new LinkedHashMap<>();
        Map<String, Collection<Term>> terms = new HashMap<>();
        for (Statement statement : toStore) {
            Statement complete = complete(statement, stored, authority, defaultVersion);
            StoredStatement entity = entity(complete, stored);
            if (!stamp.seqs().isEmpty()) {
                entity.assignSeq(stamp.seqs().get(added.size()));
            }
            added.put(complete.id(), entity);
            terms.put(complete.id(), StatementTerms.of(complete));
            result.put(complete.id(), complete);
        }
        // Voided before they are written, when the batch voids its own statements
        voiding.apply(added, voidingTargets);
        repository.addAll(List.copyOf(added.values()));
        StatementReferences references = new StatementReferences(repository);
        Map<String, Collection<Term>> allTerms = references.addTerms(added, terms);
        references.resolve(added, allTerms, voidingTargets, madeHere);
        return identified.stream().map(s -> result.get(s.id())).toList();
    }

    /** Definitions are bookkeeping: a failure to record one must not cost the statements. */
    private void defineActivities(List<Statement> statements) {
        List<Activity> defined = new ArrayList<>();
        for (Statement s : statements) {
            collectActivities(s.object(), s.context(), defined);
            if (s.object() instanceof SubStatement sub) {
                collectActivities(sub.object(), sub.context(), defined);
            }
        }
        List<Activity> changed = activities.newlyDefined(defined);
        if (changed.isEmpty()) {
            return;
        }
        try {
            activities.define(changed);
        } catch (RuntimeException first) {
            // Another request (or instance) inserted one of these activities at the same moment: its row is there
            // now, and a second try updates it instead.
            try {
                activities.define(changed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record activity definitions; the statements are stored anyway", e);
            }
        }
    }

    private static void collectActivities(Object object, Context context, List<Activity> into) {
        if (object instanceof Activity a && a.definition() != null) {
            into.add(a);
        }
        if (context != null && context.contextActivities() != null) {
            ContextActivities ca = context.contextActivities();
            for (List<Activity> list : java.util.Arrays.asList(ca.parent(), ca.grouping(), ca.category(), ca.other())) {
                if (list != null) {
                    list.stream().filter(a -> a.definition() != null).forEach(into::add);
                }
            }
        }
    }

    private void storeAttachments(List<AttachmentData> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        attachmentRepository.findBySha2(attachments.stream().map(AttachmentData::sha2).toList())
                .forEach(a -> known.add(a.sha2()));
        for (AttachmentData data : attachments) {
            String sha2 = data.sha2().toLowerCase(Locale.ROOT);
            if (known.add(sha2)) {
                attachmentRepository.add(new StoredAttachment(sha2, data.contentType(), data.data()));
            }
        }
    }

    private void validate(List<Statement> statements) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String prefix = statements.size() == 1 ? "$" : "$[" + i + "]";
            for (XapiViolation v : validator.validate(statements.get(i))) {
                violations.add(new Violation(prefix + v.path().substring(1), v.message() + " (" + v.spec() + ")"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidStatementException(statements.size() == 1
                    ? "The statement is not valid xAPI." : "A statement of the batch is not valid xAPI.", violations);
        }
    }

    private static Statement withId(Statement statement) {
        String id = statement.id() == null ? UUID.randomUUID().toString() : statement.id().toLowerCase(Locale.ROOT);
        return statement.toBuilder().id(id).build();
    }

    private static void rejectDuplicateIds(List<Statement> statements) {
        Set<String> seen = new HashSet<>();
        for (Statement s : statements) {
            if (!seen.add(s.id())) {
                throw new InvalidStatementException("The batch holds two statements with the id " + s.id()
                        + " (xAPI 1.0.3 Communication 2.1.2.s2.b6).");
            }
        }
    }

    /** Statements of the batch that are stored already with the same content; a different one is a conflict. */
    private Map<String, Statement> alreadyStored(List<Statement> statements) {
        Map<String, Statement> same = new HashMap<>();
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        Set<String> stored = repository.storedIds(byId.keySet());
        if (stored.isEmpty()) {
            return same;
        }
        for (StoredStatement existing : repository.findByStatementIds(stored)) {
            Statement earlier = XapiJson.readStatement(existing.json());
            if (!StatementEquivalence.same(byId.get(existing.statementId()), earlier)) {
                throw new StatementConflictException(existing.statementId());
            }
            same.put(existing.statementId(), earlier);
        }
        return same;
    }

    private static Statement complete(Statement statement, Instant stored, Actor authority, String defaultVersion) {
        String storedText = StoredTime.format(stored);
        return statement.toBuilder()
                .stored(storedText)
                .timestamp(statement.timestamp() == null ? storedText : statement.timestamp())
                .authority(authority == null ? statement.authority() : authority)
                .version(statement.version() == null ? defaultVersion : statement.version())
                .build();
    }

    private static StoredStatement entity(Statement s, Instant stored) {
        String registration = s.context() == null || s.context().registration() == null
                ? null : s.context().registration().toLowerCase(Locale.ROOT);
        String activity = s.object() instanceof Activity a ? IndexKey.of(a.id()) : null;
        String refTarget = s.object() instanceof StatementRef ref ? ref.id().toLowerCase(Locale.ROOT) : null;
        return new StoredStatement(s.id(), stored, IndexKey.of(s.verb().id()), ActorKey.of(s.actor()).orElse(null),
                activity, registration, StatementVoiding.target(s).orElse(null), refTarget, XapiJson.write(s));
    }
}
