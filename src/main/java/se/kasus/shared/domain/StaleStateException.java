package se.kasus.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change built on a state that has changed since (a stale If-Match): nothing was changed. Answered like a
 * {@link ConflictException} (409), with the current state as extra members of the problem, so that a client can
 * show the caller's change beside what is there now.
 */
public class StaleStateException extends ConflictException {

    private final transient Map<String, Object> current;

    public StaleStateException(String code, String message, Map<String, Object> current) {
        super(code, message);
        this.current = Collections.unmodifiableMap(new LinkedHashMap<>(current));
    }

    /** Member name to value (numbers, strings, records, or JSON values), added to the problem after its standard members. */
    public Map<String, Object> current() {
        return current;
    }
}
