package se.kasus.cmi5.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The ids and launch addresses of Kasus's cmi5 course structure, all under the public base URL. Ids name the
 * course, module and case, never the course version, so an LMS keeps its records across new versions:
 * <ul>
 *   <li>course {@code {base}cmi5/courses/{courseId}}</li>
 *   <li>block {@code {base}cmi5/courses/{courseId}/modules/{moduleId}}</li>
 *   <li>case AU {@code {base}cmi5/courses/{courseId}/modules/{moduleId}/cases/{caseId}}</li>
 *   <li>quiz AU {@code {base}cmi5/courses/{courseId}/modules/{moduleId}/quiz}</li>
 *   <li>launch URLs {@code {base}cmi5/launch/{courseId}/{moduleId}/case/{caseId}} and
 *       {@code {base}cmi5/launch/{courseId}/{moduleId}/quiz}</li>
 * </ul>
 */
public final class Cmi5Ids {

    private final String base;

    /** @param base the public base URL (kasus.public.base.url), absolute; a missing final slash is added */
    public Cmi5Ids(URI base) {
        Objects.requireNonNull(base);
        if (!base.isAbsolute() || base.getHost() == null) {
            throw new IllegalArgumentException("The public base URL must be an absolute http(s) URL: " + base);
        }
        String text = base.toString();
        this.base = text.endsWith("/") ? text : text + "/";
    }

    public String base() {
        return base;
    }

    public String course(String courseId) {
        return base + "cmi5/courses/" + segment(courseId);
    }

    public String block(String courseId, String moduleId) {
        return course(courseId) + "/modules/" + segment(moduleId);
    }

    public String caseAu(String courseId, String moduleId, String caseId) {
        return block(courseId, moduleId) + "/cases/" + segment(caseId);
    }

    public String quizAu(String courseId, String moduleId) {
        return block(courseId, moduleId) + "/quiz";
    }

    public String caseLaunch(String courseId, String moduleId, String caseId) {
        return base + "cmi5/launch/" + segment(courseId) + "/" + segment(moduleId) + "/case/" + segment(caseId);
    }

    public String quizLaunch(String courseId, String moduleId) {
        return base + "cmi5/launch/" + segment(courseId) + "/" + segment(moduleId) + "/quiz";
    }

    /** The stable address of a course's structure document. */
    public String structure(String courseId) {
        return course(courseId) + "/cmi5.xml";
    }

    private static String segment(String id) {
        return URLEncoder.encode(Objects.requireNonNull(id), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
