package se.kasus.tracking.lrs.api;

import java.util.Arrays;
import java.util.Optional;

/** The {@code format} parameter of GET Statements. */
public enum StatementFormat {
    IDS("ids"),
    EXACT("exact"),
    CANONICAL("canonical");

    private final String value;

    StatementFormat(String value) {
        this.value = value;
    }

    static Optional<StatementFormat> of(String value) {
        return Arrays.stream(values()).filter(f -> f.value.equals(value)).findFirst();
    }
}
