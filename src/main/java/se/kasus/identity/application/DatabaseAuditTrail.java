package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import se.kasus.identity.domain.AuditEvent;
import se.kasus.identity.domain.AuditEventRepository;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.platform.security.CurrentUser;

/** The audit trail kept in the database, beside the accounts it names. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DatabaseAuditTrail implements AuditTrail {

    /** Who is named when no user is logged in: Kasus itself, at start or on a schedule. */
    public static final String SYSTEM = "system";

    @Inject
    AuditEventRepository events;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    public void record(String action, String target, String detail) {
        events.add(new AuditEvent(clock.instant(), currentUser.usernameIfKnown().orElse(SYSTEM), action, target, detail,
                currentUser.address().orElse(null)));
    }
}
