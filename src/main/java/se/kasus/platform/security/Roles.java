package se.kasus.platform.security;

/** The role names used in {@code @RolesAllowed}; the identity store returns them as groups. */
public final class Roles {

    public static final String LEARNER = "LEARNER";
    public static final String TRAINER = "TRAINER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
