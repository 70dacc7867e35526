package se.kasus.xapi.json;

import java.util.List;

/**
 * What a lenient read made of the JSON, and what it had to leave out.
 *
 * @param value the model built from the parts that could be read; null when the JSON held no usable object
 * @param problems everything that was left out, in document order
 */
public record Parsed<T>(T value, List<JsonProblem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return value != null && problems.isEmpty();
    }
}
