package se.kasus.identity.domain;

/** What an account may do. The names are the security roles of the API. */
public enum Role {
    LEARNER,
    TRAINER,
    ADMIN
}
