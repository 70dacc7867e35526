package se.kasus.tracking.application;

import java.net.URI;

/**
 * An external LRS that receives statements: a configured one gets a copy of every statement; others (such as the
 * LMS's LRS of one cmi5 launch) get what is queued for them. The password and the authorization are never shown.
 *
 * @param authorization a ready Authorization header value (cmi5: "Basic " and the LMS's auth token) used instead of
 *     username and password, or null
 */
public record ForwardingTarget(String name, URI endpoint, String username, String password, String version,
        String authorization) {

    public ForwardingTarget(String name, URI endpoint, String username, String password, String version) {
        this(name, endpoint, username, password, version, null);
    }

    @Override
    public String toString() {
        return "ForwardingTarget[" + name + ", " + endpoint + ", " + username + ", xAPI " + version + "]";
    }
}
