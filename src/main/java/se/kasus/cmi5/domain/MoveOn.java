package se.kasus.cmi5.domain;

import java.util.Arrays;

/** The moveOn criteria of an AU (cmi5 section 13.1.4, AU metadata moveOn), spelled as in the course structure. */
public enum MoveOn {
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed"),
    NOT_APPLICABLE("NotApplicable");

    private final String specValue;

    MoveOn(String specValue) {
        this.specValue = specValue;
    }

    public String specValue() {
        return specValue;
    }

    public static MoveOn fromSpec(String value) {
        return Arrays.stream(values()).filter(m -> m.specValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a cmi5 moveOn value: " + value));
    }
}
