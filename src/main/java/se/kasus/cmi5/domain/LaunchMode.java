package se.kasus.cmi5.domain;

import java.util.Arrays;

/**
 * The launch mode an LMS writes in {@code LMS.LaunchData} (cmi5 section 10.0, launchMode). Only Normal
 * records completion-related data; Browse and Review send no completed, passed or failed.
 */
public enum LaunchMode {
    NORMAL("Normal"),
    BROWSE("Browse"),
    REVIEW("Review");

    private final String specValue;

    LaunchMode(String specValue) {
        this.specValue = specValue;
    }

    /** The value as the specification spells it ("Normal", "Browse", "Review"). */
    public String specValue() {
        return specValue;
    }

    /** Reads the specification's spelling; anything else is refused. */
    public static LaunchMode fromSpec(String value) {
        return Arrays.stream(values()).filter(m -> m.specValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a cmi5 launchMode: " + value));
    }

    /** Whether completion-related statements (completed, passed, failed) may be sent in this mode. */
    public boolean recordsCompletion() {
        return this == NORMAL;
    }
}
