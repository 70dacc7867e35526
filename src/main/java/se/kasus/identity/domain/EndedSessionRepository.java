package se.kasus.identity.domain;

import java.time.Instant;

public interface EndedSessionRepository {

    boolean contains(String sessionId);

    void add(EndedSession session);

    /** Removes the records whose sessions have expired by now; returns how many. */
    int forgetExpired(Instant now);
}
