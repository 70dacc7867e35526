package se.kasus.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The largest request body accepted, per kind of request (server.xml: kasus.limit.*.bytes). */
@ApplicationScoped
public class RequestLimits {

    @Inject
    @ConfigProperty(name = "kasus.limit.api.bytes", defaultValue = "1048576")
    long api;

    @Inject
    @ConfigProperty(name = "kasus.limit.xapi.bytes", defaultValue = "16777216")
    long xapi;

    @Inject
    @ConfigProperty(name = "kasus.limit.login.bytes", defaultValue = "8192")
    long login;

    public long forKind(RequestKind kind) {
        return switch (kind) {
            case API -> api;
            case XAPI -> xapi;
            case PAGE -> login;
        };
    }

    public long login() {
        return login;
    }
}
