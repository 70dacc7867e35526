package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.tracking.domain.Backoff;

/**
 * Forwarding configuration: {@code kasus.xapi.forward.targets} names the targets (comma-separated),
 * and each name has {@code .url}, {@code .username}, {@code .password} and {@code .version}
 * (KASUS_XAPI_FORWARD_TARGETS=lms, KASUS_XAPI_FORWARD_LMS_URL=…).
 */
@ApplicationScoped
public class ForwardingSettings {

    private static final String PREFIX = "kasus.xapi.forward.";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = PREFIX + "targets")
    Optional<String> targetNames;

    @Inject
    @ConfigProperty(name = PREFIX + "batch", defaultValue = "50")
    int batchSize;

    @Inject
    @ConfigProperty(name = PREFIX + "interval.ms", defaultValue = "2000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = PREFIX + "backoff.initial.ms", defaultValue = "1000")
    long backoffInitialMillis;

    @Inject
    @ConfigProperty(name = PREFIX + "backoff.max.ms", defaultValue = "300000")
    long backoffMaxMillis;

    /** How long an instance may send to a target before another may take over; longer than any batch round. */
    @Inject
    @ConfigProperty(name = PREFIX + "lease.ms", defaultValue = "300000")
    long leaseMillis;

    /** This instance's name among those sharing the database; a restarted server keeps its name, and so its leases. */
    @Inject
    @ConfigProperty(name = "kasus.instance.name", defaultValue = "kasus")
    String instanceName;

    private String instance;

    public List<ForwardingTarget> targets() {
        return Arrays.stream(targetNames.orElse("").split(","))
                .map(String::trim).filter(name -> !name.isEmpty())
                .map(this::target).toList();
    }

    private ForwardingTarget target(String name) {
        String key = PREFIX + name + ".";
        String url = config.getValue(key + "url", String.class);
        return new ForwardingTarget(name, URI.create(url.endsWith("/") ? url : url + "/"),
                config.getOptionalValue(key + "username", String.class).orElse(""),
                config.getOptionalValue(key + "password", String.class).orElse(""),
                config.getOptionalValue(key + "version", String.class).orElse("1.0.3"));
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration interval() {
        return Duration.ofMillis(intervalMillis);
    }

    public Duration lease() {
        return Duration.ofMillis(leaseMillis);
    }

    /** The lease owner: the configured instance name and the host name. */
    public String instance() {
        if (instance == null) {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "unknown-host";
            }
            String name = instanceName + "@" + host;
            instance = name.length() > 200 ? name.substring(0, 200) : name;
        }
        return instance;
    }

    public Backoff backoff() {
        return new Backoff(Duration.ofMillis(backoffInitialMillis), Duration.ofMillis(backoffMaxMillis));
    }
}
