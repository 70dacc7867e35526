package se.kasus.tracking.lrs.domain;

/** The three document resources of xAPI 1.0.3 Communication 2.2. */
public enum DocumentKind {
    /** State documents: activity, agent, optional registration and stateId (2.3). */
    STATE,
    /** Activity profile documents: activity and profileId (2.7). */
    ACTIVITY_PROFILE,
    /** Agent profile documents: agent and profileId (2.6). */
    AGENT_PROFILE
}
