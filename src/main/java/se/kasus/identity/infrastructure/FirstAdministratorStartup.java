package se.kasus.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.identity.application.FirstAdministrator;

/** Creates the first administrator from configuration when the application starts. */
@ApplicationScoped
public class FirstAdministratorStartup {

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    @ConfigProperty(name = "kasus.admin.username", defaultValue = "admin")
    String username;

    /** Empty or absent means: generate one. */
    @Inject
    @ConfigProperty(name = "kasus.admin.password")
    Optional<String> password;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        firstAdministrator.createIfNoAccounts(username, password.orElse(null));
    }
}
