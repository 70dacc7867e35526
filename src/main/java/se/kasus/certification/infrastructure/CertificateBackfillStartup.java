package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.kasus.certification.application.CertificateBackfill;

/**
 * At start, issues the certificates of courses completed before Kasus issued certificates, each once.
 * Learners who visit "Mina intyg" first get theirs then; several instances starting together each try,
 * and the enrolment's lock lets only one issue.
 */
@ApplicationScoped
public class CertificateBackfillStartup {

    private static final Logger LOG = Logger.getLogger(CertificateBackfillStartup.class.getName());

    @Inject
    CertificateBackfill backfill;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            int issued = backfill.issueAllMissing();
            if (issued > 0) {
                LOG.info(() -> "Kasus certificates: issued " + issued + " certificates of courses completed before");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kasus certificates: the missing certificates were not all issued at start;"
                    + " each learner gets theirs at their next visit to Mina intyg", e);
        }
    }
}
