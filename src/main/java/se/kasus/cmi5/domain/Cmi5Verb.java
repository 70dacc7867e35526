package se.kasus.cmi5.domain;

import se.kasus.xapi.model.Verb;

/** The "cmi5 defined" verbs an AU sends (cmi5 section 9.3). */
public enum Cmi5Verb {
    INITIALIZED("http://adlnet.gov/expapi/verbs/initialized", "initialized"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "completed"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "failed"),
    TERMINATED("http://adlnet.gov/expapi/verbs/terminated", "terminated");

    private final String id;
    private final String display;

    Cmi5Verb(String id, String display) {
        this.id = id;
        this.display = display;
    }

    public String id() {
        return id;
    }

    public Verb verb() {
        return Verb.of(id, "en-US", display);
    }

    /** Completion-related verbs: forbidden in Browse and Review (section 10, launchMode). */
    public boolean isCompletionRelated() {
        return this == COMPLETED || this == PASSED || this == FAILED;
    }
}
