package se.kasus.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import se.kasus.certification.api.JwksResource;
import se.kasus.platform.problem.ProblemMappers;

/**
 * Documents at the RFC 8615 well-known addresses, public like the pages (web.xml leaves {@code /.well-known/*}
 * outside the login): the JWK Set that verifies the Open Badges credentials.
 */
@ApplicationPath("/.well-known")
public class WellKnownApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(JwksResource.class));
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
