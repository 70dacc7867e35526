package se.kasus.xapi.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of interaction activity, with the interaction component lists each supports.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.1.s9">xAPI 1.0.3 Data, 2.4.4.1</a>
 */
public enum InteractionType {
    TRUE_FALSE("true-false"),
    CHOICE("choice", "choices"),
    FILL_IN("fill-in"),
    LONG_FILL_IN("long-fill-in"),
    MATCHING("matching", "source", "target"),
    PERFORMANCE("performance", "steps"),
    SEQUENCING("sequencing", "choices"),
    LIKERT("likert", "scale"),
    NUMERIC("numeric"),
    OTHER("other");

    private final String jsonValue;
    private final Set<String> componentLists;

    InteractionType(String jsonValue, String... componentLists) {
        this.jsonValue = jsonValue;
        this.componentLists = Set.of(componentLists);
    }

    /** The value as written in JSON, such as {@code true-false}. */
    public String jsonValue() {
        return jsonValue;
    }

    /** The names of the interaction component lists this type supports, such as {@code choices}. */
    public Set<String> componentLists() {
        return componentLists;
    }

    /** The type with exactly this JSON value: the specification's values are case-sensitive. */
    public static Optional<InteractionType> fromJson(String value) {
        return Arrays.stream(values()).filter(t -> t.jsonValue.equals(value)).findFirst();
    }
}
