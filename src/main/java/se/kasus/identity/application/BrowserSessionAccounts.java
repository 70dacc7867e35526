package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import se.kasus.identity.domain.Account;
import se.kasus.identity.domain.AccountRepository;
import se.kasus.identity.domain.EndedSession;
import se.kasus.identity.domain.EndedSessionRepository;
import se.kasus.identity.domain.Role;
import se.kasus.platform.security.SessionAccounts;

/** The accounts as the signed browser session sees them: read again on every request. */
@ApplicationScoped
@Transactional
public class BrowserSessionAccounts implements SessionAccounts {

    @Inject
    AccountRepository accounts;

    @Inject
    EndedSessionRepository endedSessions;

    @Inject
    Clock clock;

    @Override
    public Optional<SessionAccount> current(String username, Instant loginAt) {
        return accounts.findByUsername(username)
                .filter(account -> loginAt == null ? account.isActive() : account.acceptsSessionFrom(loginAt))
                .map(BrowserSessionAccounts::asSessionAccount);
    }

    @Override
    public Optional<SessionAccount> loggedIn(String username) {
        return accounts.findByUsername(username).filter(Account::isActive).map(account -> {
            account.recordLogin(clock.instant());
            return asSessionAccount(account);
        });
    }

    private static SessionAccount asSessionAccount(Account account) {
        return new SessionAccount(account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                account.mustChangePassword());
    }

    @Override
    public Optional<SessionAccount> ofSession(String sessionId, String username, Instant loginAt) {
        return endedSessions.contains(sessionId) ? Optional.empty() : current(username, loginAt);
    }

    @Override
    public void end(String sessionId, Instant forgetAfter) {
        Instant now = clock.instant();
        endedSessions.forgetExpired(now);
        endedSessions.add(new EndedSession(sessionId, forgetAfter));
    }
}
