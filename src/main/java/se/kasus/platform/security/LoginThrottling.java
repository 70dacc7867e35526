package se.kasus.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The instance's {@link LoginThrottle}, with the limits of server.xml (kasus.login.*). */
@ApplicationScoped
public class LoginThrottling {

    private static final Logger LOG = Logger.getLogger(LoginThrottling.class.getName());

    @Inject
    @ConfigProperty(name = "kasus.login.account.attempts", defaultValue = "10")
    long accountAttempts;

    @Inject
    @ConfigProperty(name = "kasus.login.account.refill", defaultValue = "1m")
    String accountRefill;

    @Inject
    @ConfigProperty(name = "kasus.login.address.attempts", defaultValue = "50")
    long addressAttempts;

    @Inject
    @ConfigProperty(name = "kasus.login.address.period", defaultValue = "1m")
    String addressPeriod;

    @Inject
    Clock clock;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        LoginThrottle.Limits limits = new LoginThrottle.Limits(accountAttempts, BrowserSessions.parseDuration(accountRefill),
                addressAttempts, BrowserSessions.parseDuration(addressPeriod));
        LOG.info(() -> "Kasus login throttling: " + limits);
        throttle = new LoginThrottle(limits, clock);
    }

    /** Limits made elsewhere (a unit test). */
    public static LoginThrottling using(LoginThrottle throttle) {
        LoginThrottling throttling = new LoginThrottling();
        throttling.throttle = throttle;
        return throttling;
    }

    public LoginThrottle.Attempt attempt(String account, String address) {
        return throttle.attempt(account, address);
    }

    /** Gives the account its full allowance again (an administrator set a new password or reactivated it). */
    public void release(String account) {
        throttle.release(account);
    }
}
