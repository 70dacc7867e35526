package se.kasus.tracking.application;

import java.net.URI;

/** An external LRS that receives a copy of every statement. The password is never shown. */
public record ForwardingTarget(String name, URI endpoint, String username, String password, String version) {

    @Override
    public String toString() {
        return "ForwardingTarget[" + name + ", " + endpoint + ", " + username + ", xAPI " + version + "]";
    }
}
