package se.kasus.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import se.kasus.cmi5.domain.Cmi5Statements;
import se.kasus.cmi5.domain.LaunchContext;
import se.kasus.cmi5.domain.LaunchSession;
import se.kasus.cmi5.domain.LaunchSessionRepository;
import se.kasus.cmi5.domain.LaunchState;
import se.kasus.identity.application.TransactionAccounts;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.learning.domain.LearningEvent.CaseFinished;
import se.kasus.learning.domain.LearningEvent.DecisionRecorded;
import se.kasus.learning.domain.LearningEvent.QuizFinished;
import se.kasus.learning.domain.LearningEvent.QuizQuestionAnswered;
import se.kasus.learning.domain.LearningEvent.ReflectionAnswered;
import se.kasus.tracking.application.StatementRoutes;
import se.kasus.xapi.model.Statement;

/**
 * What a learner does in a launched AU also goes to the LMS's LRS, through the outbox (so it waits there while the
 * LRS is down): decisions, reflections and quiz answers as "cmi5 allowed" statements of the session (9.1 and 9.6),
 * the case's completion as completed (moveOn Completed), the quiz's result as passed or failed with the scaled score
 * judged against the LMS's masteryScore (its own pass rule when the LMS gave none). Browse and Review send no
 * completed, passed or failed (10.0); one completed and one passed per registration, at most one of passed and
 * failed per session and no failed after the registration's passed (9.3). Kasus's own initialized/completed/passed/failed statements are not sent as allowed statements:
 * the cmi5 defined ones take their place. Nothing goes to a terminated session.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Cmi5Routes implements StatementRoutes {

    @Inject
    LaunchSessionRepository sessions;

    @Inject
    TransactionAccounts accounts;

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(Cmi5Routes.class.getName());

    /** A fault here is logged and sends nothing to the LMS; it never undoes the learner's step in Kasus. */
    @Override
    public List<Routed> routes(LearningEvent event, Statement stored) {
        try {
            return route(event, stored);
        } catch (RuntimeException e) {
            LOG.warning("cmi5: the statement of " + event.getClass().getSimpleName() + " could not be routed to the"
                    + " LMS: " + e);
            return List.of();
        }
    }

    private List<Routed> route(LearningEvent event, Statement stored) {
        boolean caseEvent = event instanceof DecisionRecorded || event instanceof ReflectionAnswered
                || event instanceof CaseFinished;
        boolean quizEvent = event instanceof QuizQuestionAnswered || event instanceof QuizFinished;
        if (!caseEvent && !quizEvent) {
            return List.of();
        }
        Optional<LaunchSession> found = session(event, caseEvent ? caseId(event) : null);
        if (found.isEmpty()) {
            return List.of();
        }
        LaunchSession session = found.get();
        LaunchContext context = LaunchSessions.context(session);
        Cmi5Statements statements = new Cmi5Statements(clock);
        String target = LaunchSessions.target(session);
        Instant now = clock.instant();
        Duration duration = Duration.between(session.startedAt(), now);
        List<Routed> routed = new ArrayList<>();
        if (event instanceof CaseFinished) {
            if (Cmi5Statements.mayIssue(context.launchMode(), Cmi5Statements.COMPLETED)
                    && !sessions.registrationReached(session.registration(), session.activityId(), LaunchState.COMPLETED)) {
                routed.add(new Routed(target, statements.completed(context, duration)));
                session.judged(LaunchState.COMPLETED, now);
            }
            return routed;
        }
        if (event instanceof QuizFinished quiz) {
            if (!Cmi5Statements.mayIssue(context.launchMode(), Cmi5Statements.PASSED) || quiz.total() == 0) {
                return routed;
            }
            // One of passed/failed per session (9.3: the set {Passed, Failed} is used at most once), and none after
            // a passed of the registration (one passed per registration; no failed after passed).
            if (session.outcome().isPresent()
                    || sessions.registrationReached(session.registration(), session.activityId(), LaunchState.PASSED)) {
                return routed;
            }
            double scaled = (double) quiz.correct() / quiz.total();
            boolean passed = context.masteryScore() != null ? scaled >= context.masteryScore() : quiz.passed();
            if (passed) {
                routed.add(new Routed(target, context.masteryScore() != null
                        ? statements.passed(context, scaled, duration)
                        : statements.passed(withoutMastery(context), scaled, duration)));
                session.judged(LaunchState.PASSED, now);
            } else {
                routed.add(new Routed(target, context.masteryScore() != null
                        ? statements.failed(context, scaled, duration)
                        : statements.failed(withoutMastery(context), scaled, duration)));
                session.judged(LaunchState.FAILED, now);
            }
            return routed;
        }
        // An allowed statement: Kasus's own, as the LMS's learner, in the session; a new id, as it is another
        // statement than the one in Kasus's LRS (another actor and context).
        routed.add(new Routed(target, statements.allowed(context, stored.toBuilder().id(UUID.randomUUID())
                .timestamp(now).build())));
        return routed;
    }

    /** The newest open session of the learner for this course and module, and this case (null: the quiz). */
    private Optional<LaunchSession> session(LearningEvent event, String caseId) {
        String accountId = accounts.byUsername(event.where().learner()).id();
        String moduleId = moduleId(event);
        return sessions.openSessionsOf(accountId).stream()
                .filter(s -> s.courseId().equals(event.where().courseId()) && s.moduleId().equals(moduleId)
                        && Objects.equals(s.caseId().orElse(null), caseId))
                .findFirst();
    }

    private static String moduleId(LearningEvent event) {
        if (event instanceof DecisionRecorded e) {
            return e.moduleId();
        }
        if (event instanceof ReflectionAnswered e) {
            return e.moduleId();
        }
        if (event instanceof CaseFinished e) {
            return e.moduleId();
        }
        if (event instanceof QuizQuestionAnswered e) {
            return e.moduleId();
        }
        return ((QuizFinished) event).moduleId();
    }

    private static String caseId(LearningEvent event) {
        if (event instanceof DecisionRecorded e) {
            return e.caseId();
        }
        if (event instanceof ReflectionAnswered e) {
            return e.caseId();
        }
        return ((CaseFinished) event).caseId();
    }

    /** Kasus's own pass rule judged it: no masteryScore to compare with or to report. */
    private static LaunchContext withoutMastery(LaunchContext c) {
        return new LaunchContext(c.registration(), c.sessionId(), c.launchMode(), null, c.moveOn(), c.activityId(),
                c.publisherId(), c.actor(), c.contextTemplate());
    }
}
