package se.kasus.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import se.kasus.platform.problem.ProblemMappers;
import se.kasus.tracking.lrs.api.AboutResource;
import se.kasus.tracking.lrs.api.ActivitiesResource;
import se.kasus.tracking.lrs.api.ActivityProfileResource;
import se.kasus.tracking.lrs.api.AgentProfileResource;
import se.kasus.tracking.lrs.api.AgentsResource;
import se.kasus.tracking.lrs.api.AlternateRequestSyntaxFilter;
import se.kasus.tracking.lrs.api.LrsGate;
import se.kasus.tracking.lrs.api.StateResource;
import se.kasus.tracking.lrs.api.StatementsResource;

/**
 * The embedded Learning Record Store under {@code /xapi}: only the LRS's resources and providers, with the LRS's
 * own Basic authentication ({@link LrsGate}) instead of the accounts of {@code /api}.
 */
@ApplicationPath("/xapi")
public class XapiApplication extends Application {

    private static final Set<Class<?>> RESOURCES = Set.of(
            AboutResource.class, StatementsResource.class, StateResource.class, ActivityProfileResource.class,
            AgentProfileResource.class, ActivitiesResource.class, AgentsResource.class,
            AlternateRequestSyntaxFilter.class, LrsGate.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
