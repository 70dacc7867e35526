package se.kasus.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.cmi5.domain.ActorLink;
import se.kasus.cmi5.domain.ActorLinkRepository;
import se.kasus.cmi5.domain.Cmi5Statements;
import se.kasus.cmi5.domain.LaunchContext;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchSession;
import se.kasus.cmi5.domain.LaunchSessionRepository;
import se.kasus.identity.application.AccountService;
import se.kasus.identity.application.AccountView;
import se.kasus.learning.application.LearningService;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.tracking.application.Outbox;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Account;

/**
 * The database side of a launch, in one transaction each: opening a session (the learner's account, enrolment and
 * attempt, the session row and its initialized statement in the outbox) and leaving it (terminated).
 */
@ApplicationScoped
@Transactional
public class LaunchRecords {

    @Inject
    ActorLinkRepository links;

    @Inject
    LaunchSessionRepository sessions;

    @Inject
    AccountService accounts;

    @Inject
    LearningService learning;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The organisational unit that accounts made at a first launch are placed in (made if missing). */
    @Inject
    @ConfigProperty(name = "kasus.cmi5.org.unit", defaultValue = "Lärplattform")
    String orgUnit;

    /** What the browser needs after a launch: the session to sign in and the player page to go to. */
    public record Opened(String launchSessionId, String username, String playerPath) {
    }

    /**
     * Opens the session of a started launch: the Kasus learner linked to the LMS's actor (made on the first launch,
     * without a password), enrolled in the course, with the case attempt (a finished case is played again) or the
     * module quiz attempt; earlier open sessions of the same learner and AU are closed (the LMS abandons them); the
     * initialized statement is queued for the LMS's LRS.
     */
    public Opened open(StartedLaunch started, String courseId, String moduleId, String caseId) {
        AccountView account = learner(started);
        if (!account.active()) {
            throw new LaunchException(LaunchFailure.ACCOUNT_INACTIVE, "account " + account.id() + " is deactivated");
        }
        Instant now = clock.instant();
        LaunchContext context = started.context();
        for (LaunchSession earlier : sessions.openSessionsOf(account.id())) {
            if (earlier.publisherId().equals(context.publisherId())) {
                earlier.terminate(now);
            }
        }
        String enrollmentId = learning.enroll(account.username(), courseId).enrollment().enrollmentId();
        String playerPath = caseId != null
                ? "/fall.html?forsok=" + learning.replayCase(account.username(), enrollmentId, caseId).attemptId()
                : "/test.html?forsok=" + learning.startQuiz(account.username(), enrollmentId, moduleId).quizAttemptId();
        String returnUrl = started.launchData().returnUrl();
        LaunchSession session = new LaunchSession(context, started.parameters().endpoint(), started.token(),
                returnUrl != null && LaunchQuery.isHttpUrl(returnUrl) ? returnUrl : null,
                XapiJson.write(context.actor()), LaunchSessions.templateJson(context), account.id(), courseId, moduleId,
                caseId, now);
        sessions.add(session);
        outbox.enqueueTo(LaunchSessions.target(session), new Cmi5Statements(clock).initialized(context));
        return new Opened(session.id(), account.username(), playerPath + "&launch=" + session.id());
    }

    /**
     * The learner leaves through the LMS exit: terminated is queued (once) and the session closes. Returns the
     * returnURL from LMS.LaunchData, or empty when the LMS gave none.
     */
    public Optional<String> exit(String username, String launchSessionId) {
        AccountView account = accounts.byUsername(username);
        LaunchSession session = sessions.find(launchSessionId).filter(s -> s.accountId().equals(account.id()))
                .orElseThrow(() -> new NotFoundException("start från lärplattform", launchSessionId));
        if (session.isOpen()) {
            Instant now = clock.instant();
            outbox.enqueueTo(LaunchSessions.target(session), new Cmi5Statements(clock)
                    .terminated(LaunchSessions.context(session), Duration.between(session.startedAt(), now)));
            session.terminate(now);
        }
        return session.returnUrl();
    }

    private AccountView learner(StartedLaunch started) {
        Account lmsAccount = started.parameters().actor().account();
        String key = ActorLink.key(lmsAccount.homePage(), lmsAccount.name());
        Optional<ActorLink> link = links.findByKey(key);
        if (link.isPresent()) {
            return accounts.get(link.get().accountId());
        }
        AccountView made = accounts.createVouched(started.parameters().actor().name(), orgUnit);
        links.add(new ActorLink(lmsAccount.homePage(), lmsAccount.name(), made.id(), clock.instant()));
        return made;
    }
}
