package se.kasus.tracking.lrs.domain;

/** The three document resources of the xAPI Communication part (section 2.3–2.5). */
public enum DocumentKind {
    STATE,
    ACTIVITY_PROFILE,
    AGENT_PROFILE
}
