package se.kasus.xapi.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.LanguageMap;
import tools.jackson.databind.JsonNode;

/**
 * The properties of one JSON object as they are read: each accessor checks the JSON type and reports a null or a
 * wrong type; {@link #finish()} reports every property that no accessor asked for.
 */
final class Fields {

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> taken = new HashSet<>();

    private Fields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Reads an object with the given body, or reports that the node is not an object. */
    static <T> T read(JsonNode node, String path, Problems problems, Function<Fields, T> body) {
        if (!node.isObject()) {
            problems.add(path, "must be a JSON object", "2.2.s4.b1.b7");
            return null;
        }
        Fields fields = new Fields(node, path, problems);
        T value = body.apply(fields);
        fields.finish();
        return value;
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    /** The raw node of a property, marked as known; null when absent or JSON null (which is reported). */
    JsonNode node(String name) {
        taken.add(name);
        JsonNode value = node.get(name);
        if (value != null && value.isNull()) {
            problems.add(Paths.child(path, name), "must not be null", "2.2.s4.b1.b1");
            return null;
        }
        return value;
    }

    /** The property's string, without marking it as read: for dispatching on {@code objectType}. */
    String peek(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    boolean has(String name) {
        return node.has(name);
    }

    String string(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problems.add(Paths.child(path, name), "must be a string", "2.2.s4.b1");
            return null;
        }
        return value.stringValue();
    }

    Double number(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(Paths.child(path, name), "must be a number", "2.2.s4.b1.b2");
            return null;
        }
        return value.doubleValue();
    }

    Long integer(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(Paths.child(path, name), "must be an integer", "2.2.s4.b1.b2");
            return null;
        }
        return value.longValue();
    }

    Boolean bool(String name) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.add(Paths.child(path, name), "must be true or false", "2.2.s4.b1.b3");
            return null;
        }
        return value.booleanValue();
    }

    <T> T object(String name, NodeReader<T> reader) {
        JsonNode value = node(name);
        return value == null ? null : reader.read(value, Paths.child(path, name), problems);
    }

    <T> List<T> list(String name, NodeReader<T> reader) {
        JsonNode value = node(name);
        if (value == null) {
            return null;
        }
        String listPath = Paths.child(path, name);
        if (!value.isArray()) {
            problems.add(listPath, "must be a JSON array", "2.2.s4.b1.b7");
            return null;
        }
        return elements(value, listPath, reader);
    }

    /** A list that may also arrive as its single element, as context activities may. */
    <T> List<T> listOrSingle(String name, NodeReader<T> reader) {
        JsonNode value = node.get(name);
        if (value != null && value.isObject()) {
            taken.add(name);
            T single = reader.read(value, Paths.child(path, name), problems);
            return single == null ? List.of() : List.of(single);
        }
        return list(name, reader);
    }

    List<String> strings(String name) {
        return list(name, Fields::stringElement);
    }

    LanguageMap languageMap(String name) {
        return object(name, JsonValues::languageMap);
    }

    Extensions extensions(String name) {
        return object(name, JsonValues::extensions);
    }

    /** Reports a property that this object must not have, such as an id on a SubStatement. */
    void forbid(String name, String message, String section) {
        if (node.has(name)) {
            taken.add(name);
            problems.add(Paths.child(path, name), message, section);
        }
    }

    private void finish() {
        for (String name : node.propertyNames()) {
            if (!taken.contains(name)) {
                problems.add(Paths.child(path, name), "is not a property the specification allows here",
                        "2.2.s4.b1.b7");
            }
        }
    }

    private <T> List<T> elements(JsonNode array, String listPath, NodeReader<T> reader) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPath = Paths.index(listPath, i);
            if (element.isNull()) {
                problems.add(elementPath, "must not be null", "2.2.s4.b1.b1");
                continue;
            }
            T value = reader.read(element, elementPath, problems);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static String stringElement(JsonNode node, String path, Problems problems) {
        if (!node.isString()) {
            problems.add(path, "must be a string", "2.2.s4.b1");
            return null;
        }
        return node.stringValue();
    }
}
