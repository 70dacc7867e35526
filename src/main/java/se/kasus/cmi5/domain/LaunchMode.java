package se.kasus.cmi5.domain;

import java.util.Arrays;

/** The launchMode of LMS.LaunchData (cmi5 section 10): whether completion-related data may be recorded. */
public enum LaunchMode {
    NORMAL("Normal"),
    BROWSE("Browse"),
    REVIEW("Review");

    private final String specValue;

    LaunchMode(String specValue) {
        this.specValue = specValue;
    }

    /** The value as written in LMS.LaunchData and in the launchmode context extension. */
    public String specValue() {
        return specValue;
    }

    /** The mode for a LaunchData value; the value space is exactly "Normal", "Browse" or "Review". */
    public static LaunchMode fromSpec(String value) {
        return Arrays.stream(values()).filter(m -> m.specValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("launchMode is not Normal, Browse or Review: " + value));
    }
}
