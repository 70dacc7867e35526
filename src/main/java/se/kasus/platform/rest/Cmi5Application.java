package se.kasus.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import se.kasus.cmi5.api.CourseStructureResource;
import se.kasus.cmi5.api.LaunchResource;
import se.kasus.platform.problem.ProblemMappers;

/**
 * cmi5 addresses an LMS reaches without a Kasus login (web.xml puts no constraint on {@code /cmi5/*}): the course
 * structure at its stable URL, and the AU launch URLs.
 */
@ApplicationPath("/cmi5")
public class Cmi5Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(CourseStructureResource.class, LaunchResource.class));
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
