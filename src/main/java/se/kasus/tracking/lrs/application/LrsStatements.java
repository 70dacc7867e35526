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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kasus.shared.domain.InvalidInputException.Violation;
import se.kasus.tracking.lrs.domain.ActorKey;
import se.kasus.tracking.lrs.domain.AttachmentRepository;
import se.kasus.tracking.lrs.domain.IndexKey;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.tracking.lrs.domain.PendingReference;
import se.kasus.tracking.lrs.domain.StatementConflictException;
import se.kasus.tracking.lrs.domain.StatementEquivalence;
import se.kasus.tracking.lrs.domain.StatementRepository;
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
        return store(List.of(statement), authority, DEFAULT_VERSION).get(0);
    }

    /** Stores a batch, all or nothing, and returns the statements' ids in the order given. */
    public List<String> storeAll(List<Statement> statements, Actor authority) {
        return store(statements, authority, DEFAULT_VERSION).stream().map(Statement::id).toList();
    }

    /**
     * Stores a batch, all or nothing, and returns the statements as stored, in the order given.
     *
     * @param defaultVersion the version for statements that have none: the version of the request
     */
    public List<Statement> store(List<Statement> statements, Actor authority, String defaultVersion) {
        return store(statements, List.of(), authority, defaultVersion);
    }

    /**
     * Stores a batch with the raw data of its attachments, all or nothing, and returns the statements as stored.
     *
     * @param attachments the data of attachments without fileUrl, matched to the statements by SHA-2 (the API
     *                    checks that each such attachment has its data)
     */
    public List<Statement> store(List<Statement> statements, List<AttachmentData> attachments, Actor authority,
                                 String defaultVersion) {
        validate(statements);
        return storeValid(statements, attachments, authority, defaultVersion);
    }

    /** Stores statements that {@link StatementReader} has checked already, with the data of their attachments. */
    public List<Statement> store(ValidatedStatements statements, List<AttachmentData> attachments, Actor authority,
                                 String defaultVersion) {
        return storeValid(statements.statements(), attachments, authority, defaultVersion);
    }

    private List<Statement> storeValid(List<Statement> statements, List<AttachmentData> attachments, Actor authority,
                                       String defaultVersion) {
        if (statements.isEmpty()) {
            return List.of();
        }
        List<Statement> identified = statements.stream().map(LrsStatements::withId).toList();
        rejectDuplicateIds(identified);

        Map<String, AttachmentData> data = new HashMap<>();
        attachments.forEach(a -> data.put(a.sha2().toLowerCase(Locale.ROOT), a));
        identified.forEach(s -> StatementSignatures.check(s, data));
        Map<String, Statement> alreadyStored = alreadyStored(identified);
        List<Statement> toStore = identified.stream().filter(s -> !alreadyStored.containsKey(s.id())).toList();
        Map<String, StoredStatement> voidingTargets = checkVoiding(toStore);

        storeAttachments(attachments);
        defineActivities(toStore);
        Instant stored = StoredTime.truncate(clock.instant());
        Map<String, Statement> result = new HashMap<>(alreadyStored);
        Map<String, StoredStatement> added = new LinkedHashMap<>();
        Map<String, Collection<Term>> terms = new HashMap<>();
        for (Statement statement : toStore) {
            Statement complete = complete(statement, stored, authority, defaultVersion);
            StoredStatement entity = entity(complete, stored);
            added.put(complete.id(), entity);
            terms.put(complete.id(), StatementTerms.of(complete));
            result.put(complete.id(), complete);
        }
        // Voided before they are written, when the batch voids its own statements
        applyVoiding(added, voidingTargets);
        repository.addAll(List.copyOf(added.values()));
        Map<String, Collection<Term>> allTerms = new HashMap<>();
        Map<Long, Collection<Term>> termsBySeq = new LinkedHashMap<>();
        for (StoredStatement entity : added.values()) {
            Collection<Term> withInherited = inheritedTerms(entity, added, terms, new HashSet<>());
            allTerms.put(entity.statementId(), withInherited);
            termsBySeq.put(entity.seq(), withInherited);
        }
        repository.addTerms(termsBySeq);
        resolveReferences(added, allTerms, voidingTargets);
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

    /** The stored statements that the batch's voiding statements void; a voiding statement cannot be voided. */
    private Map<String, StoredStatement> checkVoiding(List<Statement> statements) {
        Map<String, Statement> inBatch = new HashMap<>();
        statements.forEach(s -> inBatch.put(s.id(), s));
        Set<String> targets = new HashSet<>();
        for (Statement s : statements) {
            voidingTarget(s).ifPresent(targets::add);
        }
        Map<String, StoredStatement> stored = new HashMap<>();
        repository.findByStatementIds(targets).forEach(t -> stored.put(t.statementId(), t));
        for (String target : targets) {
            boolean targetVoids = stored.containsKey(target) ? stored.get(target).isVoiding()
                    : inBatch.containsKey(target) && voidingTarget(inBatch.get(target)).isPresent();
            if (targetVoids) {
                throw new InvalidStatementException("The statement " + target
                        + " voids another statement and cannot itself be voided (xAPI 1.0.3 Data 2.3.2).");
            }
        }
        return stored;
    }

    private static Optional<String> voidingTarget(Statement statement) {
        return statement.verb().isVoiding() && statement.object() instanceof StatementRef ref
                ? Optional.of(ref.id().toLowerCase(Locale.ROOT)) : Optional.empty();
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
                activity, registration, voidingTarget(s).orElse(null), refTarget, XapiJson.write(s));
    }

    /** A statement's own terms and, when it refers to another statement, that statement's terms (recursively). */
    private Collection<Term> inheritedTerms(StoredStatement entity, Map<String, StoredStatement> added,
                                            Map<String, Collection<Term>> own, Set<String> seen) {
        Collection<Term> terms = own.get(entity.statementId());
        String target = entity.refTarget();
        if (target == null || !seen.add(entity.statementId())) {
            return terms;
        }
        if (added.containsKey(target)) {
            return StatementTerms.union(terms, inheritedTerms(added.get(target), added, own, seen));
        }
        return repository.findByStatementId(target)
                .map(t -> StatementTerms.union(terms, storedTerms(t, seen)))
                .orElse(terms);
    }

    /** The terms of a stored statement: its own and, along its chain of StatementRefs, those of its targets. */
    private Collection<Term> storedTerms(StoredStatement statement, Set<String> seen) {
        Collection<Term> own = StatementTerms.of(XapiJson.readStatement(statement.json()));
        if (statement.refTarget() == null || !seen.add(statement.statementId())) {
            return own;
        }
        return repository.findByStatementId(statement.refTarget())
                .map(target -> StatementTerms.union(own, storedTerms(target, seen)))
                .orElse(own);
    }

    /** Marks what the new statements void: new ones of the batch, not yet written, and stored ones. */
    private void applyVoiding(Map<String, StoredStatement> added, Map<String, StoredStatement> storedTargets) {
        for (StoredStatement statement : added.values()) {
            if (statement.isVoiding()) {
                StoredStatement inBatch = added.get(statement.voidingTarget());
                if (inBatch != null) {
                    inBatch.markVoided();
                } else if (storedTargets.containsKey(statement.voidingTarget())) {
                    repository.markVoided(storedTargets.get(statement.voidingTarget()));
                }
            }
        }
    }

    /**
     * Statements stored earlier may refer to the ones just added: they gain the new statements' terms, and a
     * voiding statement that arrived before its target voids it now. References to statements still missing are
     * remembered for when those arrive.
     */
    private void resolveReferences(Map<String, StoredStatement> added, Map<String, Collection<Term>> terms,
                                   Map<String, StoredStatement> storedTargets) {
        // Taken before this batch adds pending references of its own, so that two batches never wait for each other
        for (PendingReference pending : repository.takePendingReferences(added.keySet())) {
            StoredStatement target = added.get(pending.targetId());
            repository.findBySeq(pending.referrerSeq()).ifPresent(earlier -> {
                if (earlier.isVoiding() && !target.isVoiding()) {
                    repository.markVoided(target);
                }
                spread(earlier, terms.get(target.statementId()), new HashSet<>());
            });
        }
        for (StoredStatement statement : added.values()) {
            String target = statement.refTarget();
            if (target != null && !added.containsKey(target) && !storedTargets.containsKey(target)
                    && repository.findByStatementId(target).isEmpty()) {
                repository.addPendingReference(new PendingReference(target, statement.seq()));
            }
        }
    }

    private void spread(StoredStatement statement, Collection<Term> terms, Set<String> seen) {
        if (!seen.add(statement.statementId())) {
            return;
        }
        repository.mergeTerms(statement.seq(), terms);
        for (StoredStatement further : repository.findReferringTo(List.of(statement.statementId()))) {
            spread(further, terms, seen);
        }
    }
}
