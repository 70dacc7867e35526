package se.kasus.tracking.application;

import se.kasus.xapi.model.Verb;

/** The verbs Kasus uses (ADL's, and one from the registry), with Swedish and English display names. */
final class Verbs {

    static final Verb INITIALIZED = verb("initialized", "påbörjade", "initialized");
    static final Verb ANSWERED = verb("answered", "svarade", "answered");
    static final Verb COMPLETED = verb("completed", "slutförde", "completed");
    static final Verb PASSED = verb("passed", "klarade", "passed");
    static final Verb FAILED = verb("failed", "klarade inte", "failed");
    static final Verb COMMENTED = verb("commented", "reflekterade", "commented");

    /**
     * Not an ADL verb: ADL has none for receiving a credential. "earned" from the xAPI vocabulary registry says
     * the actor achieved something that is given, a badge or a certificate, which is exactly an issued certificate;
     * "completed" already says the course was done.
     */
    static final Verb EARNED = new Verb("http://id.tincanapi.com/verb/earned",
            se.kasus.xapi.model.LanguageMap.of("sv-SE", "fick", "en-US", "earned"));

    private Verbs() {
    }

    private static Verb verb(String name, String swedish, String english) {
        return new Verb("http://adlnet.gov/expapi/verbs/" + name,
                se.kasus.xapi.model.LanguageMap.of("sv-SE", swedish, "en-US", english));
    }
}
