package se.kasus.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import se.kasus.identity.domain.PasswordPolicy;
import se.kasus.identity.domain.Role;

/**
 * Creates the first administrator on an empty database. With no configured password a random one
 * is generated and written to the log once: Kasus never ships a default password. A
 * configured password that breaks {@link PasswordPolicy} is not used: a generated one takes its place. When two
 * instances start together on one empty database, both may try; the unique username lets one
 * succeed, and the other finds the account and leaves it.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AccountService accountService;

    public void createIfNoAccounts(String username, String configuredPassword) {
        if (!accountService.noAccounts()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        if (!generated) {
            Optional<String> weak = PasswordPolicy.standard().violation(configuredPassword, username);
            if (weak.isPresent()) {
                // Starting without an administrator helps nobody; a generated password that must be changed is safe.
                LOG.warning("Kasus: the configured kasus.admin.password breaks the password rules (" + weak.get()
                        + "); a generated password is used instead");
                generated = true;
            }
        }
        String password = generated ? randomPassword(username) : configuredPassword;
        try {
            AccountView created = accountService.create(username, "Administratör", password,
                    Set.of(Role.ADMIN, Role.TRAINER, Role.LEARNER));
            if (generated) {
                // The generated password is in the log: it must be replaced at the first login.
                accountService.requirePasswordChange(created.id());
            }
        } catch (RuntimeException e) {
            if (accountService.exists(username)) {
                LOG.info("Kasus: the first administrator '" + username + "' was created by another instance");
                return;
            }
            throw e;
        }
        if (generated) {
            LOG.warning("Kasus: created the first administrator '" + username + "' with the generated password "
                    + password + " (shown only this once and to be changed at the first login; set kasus.admin.password / KASUS_ADMIN_PASSWORD to choose one)");
        } else {
            LOG.info("Kasus: created the first administrator '" + username + "' with the configured password");
        }
    }

    private static String randomPassword(String username) {
        SecureRandom random = new SecureRandom();
        String password;
        do {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (PasswordPolicy.standard().violation(password, username).isPresent());
        return password;
    }
}
