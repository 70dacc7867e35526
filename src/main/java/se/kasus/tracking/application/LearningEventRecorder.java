package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.kasus.certification.domain.CertificateIssued;
import se.kasus.content.application.CourseVersions;
import se.kasus.content.application.PublishedCourse;
import se.kasus.identity.application.AccountView;
import se.kasus.identity.application.TransactionAccounts;
import se.kasus.learning.domain.LearningEvent;
import se.kasus.tracking.lrs.application.LrsStatements;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Statement;

/**
 * Records every learning event as an xAPI statement in the event's own transaction: stored in the
 * embedded LRS and queued for every forwarding target, or, if anything fails, not at all and the
 * learner's change with it.
 */
@ApplicationScoped
public class LearningEventRecorder {

    @Inject
    LrsStatements lrs;

    @Inject
    Outbox outbox;

    @Inject
    CourseVersions versions;

    @Inject
    TransactionAccounts accounts;

    @Inject
    TrackingSettings settings;

    @Inject
    Instance<StatementRoutes> routes;

    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes LearningEvent event) {
        PublishedCourse course = versions.version(event.where().courseVersionId()).orElseThrow();
        Statement statement = new StatementFactory(course.course(), settings)
                .statement(event, actor(event.where().learner()), course.versionNumber());
        Statement stored = lrs.store(statement, authority());
        outbox.enqueue(stored);
        for (StatementRoutes route : routes) {
            for (StatementRoutes.Routed routed : route.routes(event, stored)) {
                outbox.enqueueTo(routed.target(), routed.statement());
            }
        }
    }

    /** An issued certificate, in the issuing transaction (the completing one, or a later issue of its own). */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes CertificateIssued event) {
        PublishedCourse course = versions.version(event.courseVersionId()).orElseThrow();
        Statement statement = new CertificateStatements(settings.baseIri())
                .earned(event, actor(event.learner()), course.versionNumber());
        outbox.enqueue(lrs.store(statement, authority()));
    }

    /** Kasus itself vouches for the statements it builds. */
    private Actor authority() {
        return Agent.withAccount("Kasus", settings.baseIri(), "kasus");
    }

    /** A pseudonymous account (the opaque account id) unless e-mail identification is configured. */
    private Actor actor(String username) {
        AccountView account = accounts.byUsername(username);
        if (settings.actorMbox() && account.email() != null) {
            return Agent.withMbox(null, "mailto:" + account.email());
        }
        return Agent.withAccount(null, settings.actorHomePage(), account.id());
    }
}
