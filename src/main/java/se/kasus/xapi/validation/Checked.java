package se.kasus.xapi.validation;

import java.util.List;

/**
 * A value read from JSON together with every rule it breaks.
 *
 * @param value what could be read; null when the JSON held nothing usable
 * @param violations the broken rules; empty when the value is valid
 */
public record Checked<T>(T value, List<XapiViolation> violations) {

    public Checked {
        violations = List.copyOf(violations);
    }

    public boolean isValid() {
        return value != null && violations.isEmpty();
    }
}
