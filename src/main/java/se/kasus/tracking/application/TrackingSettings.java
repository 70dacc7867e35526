package se.kasus.tracking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How statements look: server.xml variables, overridable by environment (KASUS_XAPI_BASE_IRI, ...). */
@ApplicationScoped
public class TrackingSettings {

    @Inject
    @ConfigProperty(name = "kasus.xapi.base.iri", defaultValue = "http://localhost:9080/")
    String baseIri;

    @Inject
    @ConfigProperty(name = "kasus.xapi.actor.homepage")
    Optional<String> actorHomePage;

    @Inject
    @ConfigProperty(name = "kasus.xapi.actor.mbox", defaultValue = "false")
    boolean actorMbox;

    @Inject
    @ConfigProperty(name = "kasus.xapi.reflection.text", defaultValue = "false")
    boolean reflectionText;

    /** The public base of activity IRIs, always ending in a slash. */
    public String baseIri() {
        return baseIri.endsWith("/") ? baseIri : baseIri + "/";
    }

    /** The homePage of the pseudonymous actor accounts. */
    public String actorHomePage() {
        return actorHomePage.filter(s -> !s.isBlank()).orElse(baseIri());
    }

    /** Whether the actor is identified by e-mail (mbox) instead of a pseudonymous account. */
    public boolean actorMbox() {
        return actorMbox;
    }

    /** Whether the reflection statement carries the learner's free text. */
    public boolean reflectionText() {
        return reflectionText;
    }
}
