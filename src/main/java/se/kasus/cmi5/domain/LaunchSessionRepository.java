package se.kasus.cmi5.domain;

import java.util.List;
import java.util.Optional;

public interface LaunchSessionRepository {

    void add(LaunchSession session);

    Optional<LaunchSession> find(String id);

    /** The account's sessions that are not terminated, newest first. */
    List<LaunchSession> openSessionsOf(String accountId);

    /** Whether a session of the registration and AU had this outcome (cmi5: one completed, one passed). */
    boolean registrationReached(String registration, String activityId, LaunchState state);
}
