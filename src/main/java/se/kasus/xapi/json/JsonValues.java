package se.kasus.xapi.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.model.LanguageMap;
import tools.jackson.databind.JsonNode;

/** Language maps, extensions and the free JSON values inside extensions. */
final class JsonValues {

    /** Whole numbers up to 2^53 survive a double exactly, as they do in JavaScript. */
    private static final double EXACT_WHOLE = 9_007_199_254_740_992d;

    private JsonValues() {
    }

    static LanguageMap languageMap(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be a language map (a JSON object)", "4.2");
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getValue().isString()) {
                values.put(entry.getKey(), entry.getValue().stringValue());
            } else {
                problems.add(Paths.child(path, entry.getKey()), "must be a string", "4.2");
            }
        }
        return new LanguageMap(values);
    }

    static Extensions extensions(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be an extensions map (a JSON object)", "4.1");
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            values.put(entry.getKey(), plain(entry.getValue()));
        }
        return new Extensions(values);
    }

    /**
     * The node as plain Java. Numbers are normalised so that a value reads the same after a round trip through
     * JavaScript's notation: a whole number becomes a Long (or BigInteger), any other a Double.
     */
    static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(plain(v)));
            return Collections.unmodifiableList(list);
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return number(node);
        }
        return null;
    }

    private static Object number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        double value = node.doubleValue();
        if (value == Math.rint(value) && Math.abs(value) <= EXACT_WHOLE) {
            return (long) value;
        }
        return value;
    }
}
