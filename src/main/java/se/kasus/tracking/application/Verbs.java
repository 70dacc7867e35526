package se.kasus.tracking.application;

import se.kasus.xapi.model.Verb;

/** The ADL verbs Kasus uses, with Swedish and English display names. */
final class Verbs {

    static final Verb INITIALIZED = verb("initialized", "påbörjade", "initialized");
    static final Verb ANSWERED = verb("answered", "svarade", "answered");
    static final Verb COMPLETED = verb("completed", "slutförde", "completed");
    static final Verb PASSED = verb("passed", "klarade", "passed");
    static final Verb FAILED = verb("failed", "klarade inte", "failed");
    static final Verb COMMENTED = verb("commented", "reflekterade", "commented");

    private Verbs() {
    }

    private static Verb verb(String name, String swedish, String english) {
        return new Verb("http://adlnet.gov/expapi/verbs/" + name,
                se.kasus.xapi.model.LanguageMap.of("sv-SE", swedish, "en-US", english));
    }
}
