package se.kasus.cmi5.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Optional;
import se.kasus.cmi5.domain.LaunchSessionRepository;
import se.kasus.tracking.application.ForwardingTarget;
import se.kasus.tracking.application.TargetDirectory;

/**
 * The LMS's LRS of each launch session as an outbox target ({@code cmi5:<session id>}): its endpoint, with the
 * session's auth token as "Basic &lt;token&gt;" (cmi5 8.2.1). A terminated session stays a target until all its
 * statements are delivered.
 */
@ApplicationScoped
@Transactional
public class LaunchTargets implements TargetDirectory {

    @Inject
    LaunchSessionRepository sessions;

    @Override
    public String prefix() {
        return LaunchSessions.TARGET_PREFIX;
    }

    @Override
    public Optional<ForwardingTarget> target(String name) {
        if (!name.startsWith(LaunchSessions.TARGET_PREFIX)) {
            return Optional.empty();
        }
        return sessions.find(name.substring(LaunchSessions.TARGET_PREFIX.length()))
                .map(s -> new ForwardingTarget(name, URI.create(s.endpoint()), "", "", "1.0.3",
                        "Basic " + s.authToken()));
    }
}
